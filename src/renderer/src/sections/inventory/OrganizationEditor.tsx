// Add or edit an organization (a stakeholder): who they are and how to reach them.
import { useState } from 'react'
import { areaMatcher, type CommunityArea } from '../../../../shared/community-areas'
import { parseLanguage } from '../../../../shared/inventory/languages'
import { organizationDraftSchema, type Organization, type OrganizationDraft, type Service } from '../../../../shared/inventory/model'
import type { OrganizationKind } from '../../../../shared/inventory/taxonomy'
import { call, errorMessage, fieldIssuesOf } from '../../api/client'
import { Dialog } from '../../components/Dialog'
import { DialogFooter } from '../../components/DialogFooter'
import { KindOptions } from '../../components/Options'
import { SelectField } from '../../components/SelectField'
import { TextField } from '../../components/TextField'
import { translate } from '../../i18n/intl'
import { saidOfIssue } from '../../../../shared/i18n/zod-issues'
import { useSay, useT } from '../../i18n/use-t'
import { AreasServedField } from './AreasServedField'
import { languageWord } from './format'

interface Props {
  organization: Organization | undefined
  areas: readonly CommunityArea[]
  onClose: () => void
  onSaved: (organization: Organization) => void
  onDeleted: (deleted: { organization: Organization; services: Service[] }) => void
}

type Errors = Partial<Record<'name' | 'kind' | 'email' | 'areas' | 'languages' | 'description' | 'contactPerson' | 'phone' | 'notes', string>>

export function OrganizationEditor({ organization, areas, onClose, onSaved, onDeleted }: Props) {
  const t = useT()
  const say = useSay()
  const names = new Map(areas.map((a) => [a.number, a.name]))
  const [name, setName] = useState(organization?.name ?? '')
  const [kind, setKind] = useState<OrganizationKind>(organization?.kind ?? 'other')
  const [description, setDescription] = useState(organization?.description ?? '')
  const [contactPerson, setContactPerson] = useState(organization?.contactPerson ?? '')
  const [phone, setPhone] = useState(organization?.phone ?? '')
  const [email, setEmail] = useState(organization?.email ?? '')
  const [areasText, setAreasText] = useState(organization?.areaNumbers.map((n) => names.get(n) ?? String(n)).join('; ') ?? '')
  const [citywide, setCitywide] = useState(organization?.citywide ?? false)
  const [languagesText, setLanguagesText] = useState((organization?.languages ?? ['en']).map((code) => languageWord(code)).join('; '))
  const [notes, setNotes] = useState(organization?.notes ?? '')
  const [errors, setErrors] = useState<Errors>({})
  const [saveError, setSaveError] = useState<string | undefined>()

  function read(): OrganizationDraft | undefined {
    const found: Errors = {}
    const split = (text: string) => text.split(/[;,]/).map((p) => p.trim()).filter((p) => p !== '')
    const matchArea = areaMatcher(areas)
    const areaNumbers: number[] = []
    if (!citywide) {
      for (const part of split(areasText)) {
        const number = matchArea(part)
        if (number === undefined) found.areas = translate('inventory.error.notArea', { text: part })
        else areaNumbers.push(number)
      }
    }
    const languages: string[] = []
    for (const part of split(languagesText)) {
      const code = parseLanguage(part)
      if (!code) found.languages = translate('inventory.error.notLanguage', { text: part })
      else if (!languages.includes(code)) languages.push(code)
    }
    const candidate = { ...(organization ? { id: organization.id } : {}), name, kind, description, contactPerson, phone, email, languages, areaNumbers, citywide, notes }
    const parsed = organizationDraftSchema.safeParse(candidate)
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0]) as keyof Errors
        found[field] ??= say(saidOfIssue(issue))
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
      const issues = fieldIssuesOf(error)
      if (issues) setErrors(Object.fromEntries(issues.map((i) => [i.path, say(i)])))
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

  return (
    <Dialog
      title={organization ? t('inventory.editTitle', { name: organization.name }) : t('inventory.organization.addTitle')}
      onClose={onClose}
      wide
      footer={
        <DialogFooter
          onCancel={onClose}
          confirm={{ label: organization ? t('inventory.saveChanges') : t('inventory.addOrganization'), onClick: () => void save() }}
          remove={organization && { label: t('inventory.organization.deleteWithServices'), onClick: () => void remove() }}
        />
      }
    >
      <div className="form-grid">
        <TextField label={t('inventory.field.organizationName')} wide value={name} error={errors.name} onChange={setName} />
        <SelectField label={t('inventory.field.kind')} value={kind} error={errors.kind} onChange={(value) => setKind(value as OrganizationKind)}>
          <KindOptions />
        </SelectField>
        <TextField label={t('inventory.field.contactPerson')} value={contactPerson} error={errors.contactPerson} onChange={setContactPerson} />
        <TextField label={t('inventory.field.phone')} type="tel" value={phone} error={errors.phone} onChange={setPhone} />
        <TextField label={t('inventory.field.email')} type="email" value={email} error={errors.email} onChange={setEmail} />
        <TextField label={t('inventory.field.languages')} hint={t('inventory.field.languagesHint')} value={languagesText} error={errors.languages} onChange={setLanguagesText} />
        <AreasServedField value={areasText} citywide={citywide} error={errors.areas} onChange={setAreasText} onCitywideChange={setCitywide} />
        <TextField label={t('inventory.field.description')} wide multiline value={description} error={errors.description} onChange={setDescription} />
        <TextField label={t('inventory.field.notes')} wide multiline value={notes} error={errors.notes} onChange={setNotes} />
      </div>
      {saveError && (
        <p className="inline-error" role="alert">
          {saveError}
        </p>
      )}
    </Dialog>
  )
}
