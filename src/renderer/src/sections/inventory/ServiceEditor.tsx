// Add or edit a service: every field labelled, checked as you type, saved at once on Save.
import { useMemo, useState } from 'react'
import type { CommunityArea } from '../../../../shared/community-areas'
import type { Organization, Service } from '../../../../shared/inventory/model'
import type { Category } from '../../../../shared/inventory/taxonomy'
import { ApiError, call, errorMessage } from '../../api/client'
import { Dialog } from '../../components/Dialog'
import { DialogFooter } from '../../components/DialogFooter'
import { Field } from '../../components/Field'
import { CategoryOptions } from '../../components/Options'
import { SelectField } from '../../components/SelectField'
import { TextField } from '../../components/TextField'
import { AreasServedField } from './AreasServedField'
import { CAPACITY_PERIOD_CHOICES, SERVICE_STATUS_CHOICES } from './choices'
import { NewCategory } from './NewCategory'
import { emptyForm, formFieldOf, formFromService, readForm, withResponseWords, type FieldErrors, type FormField, type ServiceForm } from './service-form'
import { useT } from '../../i18n/use-t'

/** The form's fields that hold free text. */
type TextFormField = { [K in FormField]: string extends ServiceForm[K] ? K : never }[FormField]

interface Props {
  service: Service | undefined
  organizations: readonly Organization[]
  areas: readonly CommunityArea[]
  categories: readonly Category[]
  onCategoryAdded: () => void
  defaultOrganizationId?: string | undefined
  onClose: () => void
  onSaved: (service: Service) => void
  onDeleted: (service: Service) => void
}

export function ServiceEditor({ service, organizations, areas, categories, onCategoryAdded, defaultOrganizationId, onClose, onSaved, onDeleted }: Props) {
  const t = useT()
  const [addingCategory, setAddingCategory] = useState(false)
  const [form, setForm] = useState<ServiceForm>(() =>
    service ? formFromService(service, areas) : emptyForm(defaultOrganizationId ?? ''),
  )
  const [touched, setTouched] = useState<ReadonlySet<FormField>>(new Set())
  const [submitted, setSubmitted] = useState(false)
  const [serverErrors, setServerErrors] = useState<FieldErrors>({})
  const [saveError, setSaveError] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)
  const { errors: localErrors } = useMemo(() => readForm(form, areas, service?.id), [form, areas, service?.id])
  const errors: FieldErrors = { ...serverErrors, ...localErrors }
  const shown = (field: FormField): string | undefined => (submitted || touched.has(field) ? errors[field] : undefined)

  function update<K extends FormField>(field: K, value: ServiceForm[K]): void {
    setForm((previous) => ({ ...previous, [field]: value }))
    setServerErrors((previous) => {
      const { [field]: _dropped, ...rest } = previous
      return rest
    })
  }
  const touch = (field: FormField) => () => setTouched((previous) => new Set(previous).add(field))
  /** What a text field of the form needs: its value, its error once shown, and how it changes. */
  const bind = (field: TextFormField) => ({ value: form[field], error: shown(field), onChange: (value: string) => update(field, value), onBlur: touch(field) })

  async function save(): Promise<void> {
    setSubmitted(true)
    const { draft } = readForm(form, areas, service?.id)
    if (!draft) return
    setBusy(true)
    setSaveError(undefined)
    try {
      onSaved(await call('inventory.saveService', draft))
    } catch (error) {
      const issues = error instanceof ApiError ? (error.details as { issues?: { path: string; message: string }[] } | undefined)?.issues : undefined
      if (issues?.length) {
        const fieldErrors: FieldErrors = {}
        for (const issue of issues) {
          const field = formFieldOf(issue.path)
          if (field) fieldErrors[field] = issue.message
        }
        setServerErrors(fieldErrors)
      }
      setSaveError(errorMessage(error))
      setBusy(false)
    }
  }

  async function remove(): Promise<void> {
    if (!service) return
    setBusy(true)
    try {
      onDeleted(await call('inventory.deleteService', { id: service.id }))
    } catch (error) {
      setSaveError(errorMessage(error))
      setBusy(false)
    }
  }

  const errorCount = Object.keys(errors).length
  return (
    <Dialog
      title={service ? `Edit ${service.name}` : 'Add a service'}
      onClose={onClose}
      wide
      footer={
        <DialogFooter
          onCancel={onClose}
          confirm={{ label: service ? 'Save changes' : 'Add service', disabled: busy, onClick: () => void save() }}
          remove={service && { label: 'Delete', disabled: busy, onClick: () => void remove() }}
        />
      }
    >
      <form
        className="form-grid"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          void save()
        }}
      >
        <TextField label="Service name" wide {...bind('name')} />
        <SelectField label="Organization" placeholder="Choose…" options={organizations.map((o) => [o.id, o.name])} {...bind('organizationId')} />
        <Field label="Category" error={shown('category')}>
          {(control) => (
            <div className="inline-fields">
              <select {...control} value={form.category} onChange={(e) => update('category', e.target.value)} onBlur={touch('category')}>
                <option value="">Choose…</option>
                <CategoryOptions categories={categories} />
              </select>
              <button type="button" className="button quiet" onClick={() => setAddingCategory(true)}>
                New…
              </button>
            </div>
          )}
        </Field>
        {addingCategory && (
          <NewCategory
            onCancel={() => setAddingCategory(false)}
            onAdded={(category) => {
              setAddingCategory(false)
              onCategoryAdded()
              update('category', category.id)
            }}
          />
        )}
        <TextField label="Description" wide multiline {...bind('description')} />
        <AreasServedField
          hint="Names or numbers, separated by ; — e.g. Englewood; 67"
          value={form.areas}
          citywide={form.citywide}
          error={shown('areas')}
          onChange={(value) => update('areas', value)}
          onCitywideChange={(citywide) => update('citywide', citywide)}
          onBlur={touch('areas')}
        />
        <TextField label="Hours" hint="e.g. Mon-Fri 09:00-17:00; Fri-Sat 20:00-02:00 — or 24/7, on call" {...bind('schedule')} />
        <TextField label="Languages" hint="e.g. English; Spanish" {...bind('languages')} />
        <TextField label="Capacity" hint="How much per period" inputMode="decimal" {...bind('capacityAmount')} />
        <TextField label="Counted in" hint="people, families, requests…" {...bind('capacityUnit')} />
        <SelectField label="Per" value={form.capacityPeriod} options={CAPACITY_PERIOD_CHOICES} onChange={(value) => update('capacityPeriod', value as ServiceForm['capacityPeriod'])} />
        <TextField label="In use now" hint="Same unit and period" inputMode="decimal" {...bind('currentLoad')} />
        <TextField label="Youngest age" inputMode="numeric" {...bind('minAge')} />
        <TextField label="Oldest age" inputMode="numeric" {...bind('maxAge')} />
        <TextField label="Eligibility" {...bind('eligibility')} />
        <TextField label="Response time" hint="e.g. within 2 hours, 3 days" {...bind('responseTime')} onChange={(words) => setForm((previous) => withResponseWords(previous, words))} />
        <TextField label={t('inventory.responseHours')} hint={t('inventory.responseHoursHint')} inputMode="decimal" {...bind('responseHours')} />
        <SelectField label="Status" value={form.status} options={SERVICE_STATUS_CHOICES} onChange={(value) => update('status', value as ServiceForm['status'])} />
        <TextField label="Last verified" type="date" {...bind('lastVerified')} />
        <button type="submit" hidden />
      </form>
      {submitted && errorCount > 0 && (
        <p className="inline-error" role="alert">
          {t('form.fieldsNeedAttention', { count: errorCount })}
        </p>
      )}
      {saveError && (
        <p className="inline-error" role="alert">
          {saveError}
        </p>
      )}
      {service && <p className="muted small">Source: {service.source}. Added {service.createdAt.slice(0, 10)}, changed {service.updatedAt.slice(0, 10)}.</p>}
    </Dialog>
  )
}
