// Add or edit a service: every field labelled, checked as you type, saved at once on Save.
import { Trash2 } from 'lucide-react'
import { useId, useMemo, useState, type ReactNode } from 'react'
import type { CommunityArea } from '../../../../shared/community-areas'
import type { Organization, Service } from '../../../../shared/inventory/model'
import { CATEGORY_GROUPS, type Category, type CategoryGroupId } from '../../../../shared/inventory/taxonomy'
import { ApiError, call, errorMessage } from '../../api/client'
import { Dialog } from '../../components/Dialog'
import { CategoryOptions } from '../../components/Options'
import { emptyForm, formFieldOf, formFromService, readForm, type FieldErrors, type FormField, type ServiceForm } from './service-form'

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
        <>
          {service && (
            <button type="button" className="button danger push-left" disabled={busy} onClick={() => void remove()}>
              <Trash2 aria-hidden="true" /> Delete
            </button>
          )}
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button primary" disabled={busy} onClick={() => void save()}>
            {service ? 'Save changes' : 'Add service'}
          </button>
        </>
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
        <Field label="Service name" error={shown('name')} wide>
          {(props) => <input {...props} value={form.name} onChange={(e) => update('name', e.target.value)} onBlur={touch('name')} />}
        </Field>
        <Field label="Organization" error={shown('organizationId')}>
          {(props) => (
            <select {...props} value={form.organizationId} onChange={(e) => update('organizationId', e.target.value)} onBlur={touch('organizationId')}>
              <option value="">Choose…</option>
              {organizations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Category" error={shown('category')}>
          {(props) => (
            <div className="inline-fields">
              <select {...props} value={form.category} onChange={(e) => update('category', e.target.value)} onBlur={touch('category')}>
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
        <Field label="Description" error={shown('description')} wide>
          {(props) => <textarea {...props} rows={2} value={form.description} onChange={(e) => update('description', e.target.value)} onBlur={touch('description')} />}
        </Field>
        <Field label="Community areas served" hint="Names or numbers, separated by ; — e.g. Englewood; 67" error={shown('areas')} wide>
          {(props) => (
            <div className="inline-fields">
              <input {...props} value={form.areas} disabled={form.citywide} onChange={(e) => update('areas', e.target.value)} onBlur={touch('areas')} />
              <label className="checkbox">
                <input type="checkbox" checked={form.citywide} onChange={(e) => update('citywide', e.target.checked)} /> Citywide
              </label>
            </div>
          )}
        </Field>
        <Field label="Hours" hint="e.g. Mon-Fri 09:00-17:00; Fri-Sat 20:00-02:00 — or 24/7, on call" error={shown('schedule')}>
          {(props) => <input {...props} value={form.schedule} onChange={(e) => update('schedule', e.target.value)} onBlur={touch('schedule')} />}
        </Field>
        <Field label="Languages" hint="e.g. English; Spanish" error={shown('languages')}>
          {(props) => <input {...props} value={form.languages} onChange={(e) => update('languages', e.target.value)} onBlur={touch('languages')} />}
        </Field>
        <Field label="Capacity" hint="How much per period" error={shown('capacityAmount')}>
          {(props) => <input {...props} inputMode="decimal" value={form.capacityAmount} onChange={(e) => update('capacityAmount', e.target.value)} onBlur={touch('capacityAmount')} />}
        </Field>
        <Field label="Counted in" hint="people, families, requests…" error={shown('capacityUnit')}>
          {(props) => <input {...props} value={form.capacityUnit} onChange={(e) => update('capacityUnit', e.target.value)} onBlur={touch('capacityUnit')} />}
        </Field>
        <Field label="Per">
          {(props) => (
            <select {...props} value={form.capacityPeriod} onChange={(e) => update('capacityPeriod', e.target.value as ServiceForm['capacityPeriod'])}>
              <option value="day">day</option>
              <option value="week">week</option>
              <option value="month">month</option>
            </select>
          )}
        </Field>
        <Field label="In use now" hint="Same unit and period" error={shown('currentLoad')}>
          {(props) => <input {...props} inputMode="decimal" value={form.currentLoad} onChange={(e) => update('currentLoad', e.target.value)} onBlur={touch('currentLoad')} />}
        </Field>
        <Field label="Youngest age" error={shown('minAge')}>
          {(props) => <input {...props} inputMode="numeric" value={form.minAge} onChange={(e) => update('minAge', e.target.value)} onBlur={touch('minAge')} />}
        </Field>
        <Field label="Oldest age" error={shown('maxAge')}>
          {(props) => <input {...props} inputMode="numeric" value={form.maxAge} onChange={(e) => update('maxAge', e.target.value)} onBlur={touch('maxAge')} />}
        </Field>
        <Field label="Eligibility" error={shown('eligibility')}>
          {(props) => <input {...props} value={form.eligibility} onChange={(e) => update('eligibility', e.target.value)} onBlur={touch('eligibility')} />}
        </Field>
        <Field label="Response time" hint="e.g. within 2 hours, 3 days" error={shown('responseTime')}>
          {(props) => <input {...props} value={form.responseTime} onChange={(e) => update('responseTime', e.target.value)} onBlur={touch('responseTime')} />}
        </Field>
        <Field label="Status">
          {(props) => (
            <select {...props} value={form.status} onChange={(e) => update('status', e.target.value as ServiceForm['status'])}>
              <option value="active">Active</option>
              <option value="paused">Paused</option>
              <option value="ended">Ended</option>
            </select>
          )}
        </Field>
        <Field label="Last verified" error={shown('lastVerified')}>
          {(props) => <input {...props} type="date" value={form.lastVerified} onChange={(e) => update('lastVerified', e.target.value)} onBlur={touch('lastVerified')} />}
        </Field>
        <button type="submit" hidden />
      </form>
      {submitted && errorCount > 0 && (
        <p className="inline-error" role="alert">
          {errorCount === 1 ? 'One field needs attention.' : `${errorCount} fields need attention.`}
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

interface FieldProps {
  label: string
  hint?: string
  error?: string | undefined
  wide?: boolean
  children: (props: { id: string; 'aria-invalid': boolean; 'aria-describedby': string | undefined }) => ReactNode
}

function Field({ label, hint, error, wide, children }: FieldProps) {
  const id = useId()
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined
  return (
    <div className={`field${wide ? ' wide' : ''}${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': error !== undefined, 'aria-describedby': describedBy })}
      {hint && (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span className="field-error" id={`${id}-error`}>
          {error}
        </span>
      )}
    </div>
  )
}

/** A small form inside the editor that adds a category to the taxonomy. */
function NewCategory({ onCancel, onAdded }: { onCancel: () => void; onAdded: (category: Category) => void }) {
  const [label, setLabel] = useState('')
  const [group, setGroup] = useState<CategoryGroupId>('other')
  const [error, setError] = useState<string | undefined>()
  const labelId = useId()
  const groupId = useId()
  async function add(): Promise<void> {
    try {
      onAdded(await call('inventory.addCategory', { label, group }))
    } catch (caught) {
      setError(errorMessage(caught))
    }
  }
  return (
    <fieldset className="field wide new-category">
      <legend>New category</legend>
      <div className="inline-fields">
        <label htmlFor={labelId}>Name</label>
        <input id={labelId} value={label} onChange={(e) => setLabel(e.target.value)} aria-invalid={error !== undefined} />
        <label htmlFor={groupId}>Group</label>
        <select id={groupId} value={group} onChange={(e) => setGroup(e.target.value as CategoryGroupId)}>
          {CATEGORY_GROUPS.map((g) => (
            <option key={g.id} value={g.id}>
              {g.label}
            </option>
          ))}
        </select>
        <button type="button" className="button" onClick={() => void add()}>
          Add category
        </button>
        <button type="button" className="button quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
      {error && <span className="field-error">{error}</span>}
    </fieldset>
  )
}
