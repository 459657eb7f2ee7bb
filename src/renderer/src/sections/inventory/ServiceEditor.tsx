// Add or edit a service: every field labelled, checked as you type, saved at once on Save.
import { useMemo, useState } from 'react'
import type { CommunityArea } from '../../../../shared/community-areas'
import type { Organization, Service } from '../../../../shared/inventory/model'
import type { Category } from '../../../../shared/inventory/taxonomy'
import { call, errorMessage, fieldIssuesOf } from '../../api/client'
import { Dialog } from '../../components/Dialog'
import { DialogFooter } from '../../components/DialogFooter'
import { Field } from '../../components/Field'
import { CategoryOptions } from '../../components/Options'
import { SelectField } from '../../components/SelectField'
import { TextField } from '../../components/TextField'
import { AreasServedField } from './AreasServedField'
import { capacityPeriodChoices, serviceStatusChoices } from './choices'
import { NewCategory } from './NewCategory'
import { emptyForm, formFieldOf, formFromService, readForm, withResponseWords, type FieldErrors, type FormField, type ServiceForm } from './service-form'
import { useSay, useT } from '../../i18n/use-t'

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
  const say = useSay()
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
      const issues = fieldIssuesOf(error)
      if (issues?.length) {
        const fieldErrors: FieldErrors = {}
        for (const issue of issues) {
          const field = formFieldOf(issue.path)
          if (field) fieldErrors[field] = say(issue)
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
      title={service ? t('inventory.editTitle', { name: service.name }) : t('inventory.service.addTitle')}
      onClose={onClose}
      wide
      footer={
        <DialogFooter
          onCancel={onClose}
          confirm={{ label: service ? t('inventory.saveChanges') : t('inventory.addService'), disabled: busy, onClick: () => void save() }}
          remove={service && { label: t('inventory.service.delete'), disabled: busy, onClick: () => void remove() }}
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
        <TextField label={t('inventory.field.serviceName')} wide {...bind('name')} />
        <SelectField label={t('inventory.field.organization')} placeholder={t('common.choose')} options={organizations.map((o) => [o.id, o.name])} {...bind('organizationId')} />
        <Field label={t('inventory.field.category')} error={shown('category')} className="service-category">
          {(control) => (
            <div className="inline-fields">
              <select {...control} value={form.category} onChange={(e) => update('category', e.target.value)} onBlur={touch('category')}>
                <option value="">{t('common.choose')}</option>
                <CategoryOptions categories={categories} />
              </select>
              <button type="button" className="button quiet" onClick={() => setAddingCategory(true)}>
                {t('inventory.newCategory')}
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
        <TextField label={t('inventory.field.description')} wide multiline {...bind('description')} />
        <AreasServedField
          hint={t('inventory.field.areasHint')}
          value={form.areas}
          citywide={form.citywide}
          error={shown('areas')}
          onChange={(value) => update('areas', value)}
          onCitywideChange={(citywide) => update('citywide', citywide)}
          onBlur={touch('areas')}
        />
        <TextField label={t('inventory.field.hours')} hint={t('inventory.field.hoursHint')} {...bind('schedule')} />
        <TextField label={t('inventory.field.languages')} hint={t('inventory.field.languagesHint')} {...bind('languages')} />
        <TextField label={t('inventory.field.capacity')} hint={t('inventory.field.capacityHint')} inputMode="decimal" {...bind('capacityAmount')} />
        <TextField label={t('inventory.field.capacityUnit')} hint={t('inventory.field.capacityUnitHint')} {...bind('capacityUnit')} />
        <SelectField label={t('inventory.field.capacityPeriod')} value={form.capacityPeriod} options={capacityPeriodChoices(t)} onChange={(value) => update('capacityPeriod', value as ServiceForm['capacityPeriod'])} />
        <TextField label={t('inventory.field.currentLoad')} hint={t('inventory.field.currentLoadHint')} inputMode="decimal" {...bind('currentLoad')} />
        <TextField label={t('inventory.field.minAge')} inputMode="numeric" {...bind('minAge')} />
        <TextField label={t('inventory.field.maxAge')} inputMode="numeric" {...bind('maxAge')} />
        <TextField label={t('inventory.field.eligibility')} {...bind('eligibility')} />
        <TextField label={t('inventory.field.responseTime')} hint={t('inventory.field.responseTimeHint')} {...bind('responseTime')} onChange={(words) => setForm((previous) => withResponseWords(previous, words))} />
        <TextField label={t('inventory.responseHours')} hint={t('inventory.responseHoursHint')} inputMode="decimal" {...bind('responseHours')} />
        <SelectField label={t('inventory.field.status')} value={form.status} options={serviceStatusChoices(t)} onChange={(value) => update('status', value as ServiceForm['status'])} />
        <TextField label={t('inventory.field.lastVerified')} type="date" {...bind('lastVerified')} />
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
      {service && <p className="muted small">{t('inventory.service.provenance', { source: service.source, added: Date.parse(service.createdAt), changed: Date.parse(service.updatedAt) })}</p>}
    </Dialog>
  )
}
