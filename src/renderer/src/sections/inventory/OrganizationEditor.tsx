// Add or edit an organization (a stakeholder): who they are and how to reach them.
import { Trash2 } from 'lucide-react'
import { useId, useState } from 'react'
import { areaMatcher, type CommunityArea } from '../../../../shared/community-areas'
import { languageName, parseLanguage } from '../../../../shared/inventory/languages'
import { organizationDraftSchema, type Organization, type OrganizationDraft, type Service } from '../../../../shared/inventory/model'
import type { OrganizationKind } from '../../../../shared/inventory/taxonomy'
import { ApiError, call, errorMessage } from '../../api/client'
import { Dialog } from '../../components/Dialog'
import { KindOptions } from '../../components/Options'

interface Props {
  organization: Organization | undefined
  areas: readonly CommunityArea[]
  onClose: () => void
  onSaved: (organization: Organization) => void
  onDeleted: (deleted: { organization: Organization; services: Service[] }) => void
}

type Errors = Partial<Record<'name' | 'kind' | 'email' | 'areas' | 'languages' | 'description' | 'contactPerson' | 'phone' | 'notes', string>>

export function OrganizationEditor({ organization, areas, onClose, onSaved, onDeleted }: Props) {
  const names = new Map(areas.map((a) => [a.number, a.name]))
  const [name, setName] = useState(organization?.name ?? '')
  const [kind, setKind] = useState<OrganizationKind>(organization?.kind ?? 'other')
  const [description, setDescription] = useState(organization?.description ?? '')
  const [contactPerson, setContactPerson] = useState(organization?.contactPerson ?? '')
  const [phone, setPhone] = useState(organization?.phone ?? '')
  const [email, setEmail] = useState(organization?.email ?? '')
  const [areasText, setAreasText] = useState(organization?.areaNumbers.map((n) => names.get(n) ?? String(n)).join('; ') ?? '')
  const [citywide, setCitywide] = useState(organization?.citywide ?? false)
  const [languagesText, setLanguagesText] = useState(organization?.languages.map(languageName).join('; ') ?? 'English')
  const [notes, setNotes] = useState(organization?.notes ?? '')
  const [errors, setErrors] = useState<Errors>({})
  const [saveError, setSaveError] = useState<string | undefined>()
  const ids = { name: useId(), kind: useId(), description: useId(), contact: useId(), phone: useId(), email: useId(), areas: useId(), languages: useId(), notes: useId() }

  function read(): OrganizationDraft | undefined {
    const found: Errors = {}
    const split = (text: string) => text.split(/[;,]/).map((p) => p.trim()).filter((p) => p !== '')
    const matchArea = areaMatcher(areas)
    const areaNumbers: number[] = []
    if (!citywide) {
      for (const part of split(areasText)) {
        const number = matchArea(part)
        if (number === undefined) found.areas = `“${part}” is not a community area name or number (1–77).`
        else areaNumbers.push(number)
      }
    }
    const languages: string[] = []
    for (const part of split(languagesText)) {
      const code = parseLanguage(part)
      if (!code) found.languages = `“${part}” is not a language Roundtable knows.`
      else if (!languages.includes(code)) languages.push(code)
    }
    const candidate = { ...(organization ? { id: organization.id } : {}), name, kind, description, contactPerson, phone, email, languages, areaNumbers, citywide, notes }
    const parsed = organizationDraftSchema.safeParse(candidate)
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0]) as keyof Errors
        found[field] ??= issue.message
      }
    }
    setErrors(found)
    return Object.keys(found).length === 0 && parsed.success ? parsed.data : undefined
  }

  async function save(): Promise<void> {
    const draft = read()
    if (!draft) return
    setSaveError(undefined)
    try {
      onSaved(await call('inventory.saveOrganization', draft))
    } catch (error) {
      const issues = error instanceof ApiError ? (error.details as { issues?: { path: string; message: string }[] } | undefined)?.issues : undefined
      if (issues) setErrors(Object.fromEntries(issues.map((i) => [i.path, i.message])))
      setSaveError(errorMessage(error))
    }
  }

  async function remove(): Promise<void> {
    if (!organization) return
    try {
      onDeleted(await call('inventory.deleteOrganization', { id: organization.id }))
    } catch (error) {
      setSaveError(errorMessage(error))
    }
  }

  const field = (id: string, label: string, error: string | undefined, input: React.ReactNode, wide = false, hint?: string) => (
    <div className={`field${wide ? ' wide' : ''}${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {input}
      {hint && <span className="hint">{hint}</span>}
      {error && (
        <span className="field-error" id={`${id}-error`}>
          {error}
        </span>
      )}
    </div>
  )
  const described = (id: string, error: string | undefined) => ({ id, 'aria-invalid': error !== undefined, 'aria-describedby': error ? `${id}-error` : undefined })

  return (
    <Dialog
      title={organization ? `Edit ${organization.name}` : 'Add an organization'}
      onClose={onClose}
      wide
      footer={
        <>
          {organization && (
            <button type="button" className="button danger push-left" onClick={() => void remove()}>
              <Trash2 aria-hidden="true" /> Delete with its services
            </button>
          )}
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button primary" onClick={() => void save()}>
            {organization ? 'Save changes' : 'Add organization'}
          </button>
        </>
      }
    >
      <div className="form-grid">
        {field(ids.name, 'Organization name', errors.name, <input {...described(ids.name, errors.name)} value={name} onChange={(e) => setName(e.target.value)} />, true)}
        {field(
          ids.kind,
          'Kind',
          errors.kind,
          <select id={ids.kind} value={kind} onChange={(e) => setKind(e.target.value as OrganizationKind)}>
            <KindOptions />
          </select>,
        )}
        {field(ids.contact, 'Contact person', errors.contactPerson, <input {...described(ids.contact, errors.contactPerson)} value={contactPerson} onChange={(e) => setContactPerson(e.target.value)} />)}
        {field(ids.phone, 'Phone', errors.phone, <input {...described(ids.phone, errors.phone)} type="tel" value={phone} onChange={(e) => setPhone(e.target.value)} />)}
        {field(ids.email, 'Email', errors.email, <input {...described(ids.email, errors.email)} type="email" value={email} onChange={(e) => setEmail(e.target.value)} />)}
        {field(ids.languages, 'Languages', errors.languages, <input {...described(ids.languages, errors.languages)} value={languagesText} onChange={(e) => setLanguagesText(e.target.value)} />, false, 'e.g. English; Spanish')}
        {field(
          ids.areas,
          'Community areas served',
          errors.areas,
          <div className="inline-fields">
            <input {...described(ids.areas, errors.areas)} value={areasText} disabled={citywide} onChange={(e) => setAreasText(e.target.value)} />
            <label className="checkbox">
              <input type="checkbox" checked={citywide} onChange={(e) => setCitywide(e.target.checked)} /> Citywide
            </label>
          </div>,
          true,
        )}
        {field(ids.description, 'Description', errors.description, <textarea {...described(ids.description, errors.description)} rows={2} value={description} onChange={(e) => setDescription(e.target.value)} />, true)}
        {field(ids.notes, 'Notes', errors.notes, <textarea {...described(ids.notes, errors.notes)} rows={2} value={notes} onChange={(e) => setNotes(e.target.value)} />, true)}
      </div>
      {saveError && (
        <p className="inline-error" role="alert">
          {saveError}
        </p>
      )}
    </Dialog>
  )
}
