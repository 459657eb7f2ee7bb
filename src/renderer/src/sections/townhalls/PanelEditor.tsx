// Who sits on the panel to answer: a person, and the department or organization they speak for
// (from the inventory, or typed).
import { UserPlus, X } from 'lucide-react'
import { memo, useEffect, useState } from 'react'
import type { Organization } from '../../../../shared/inventory/model'
import { addPanelist, removePanelist } from '../../../../shared/townhall/actions'
import type { TownHallDocument } from '../../../../shared/townhall/document'
import { call } from '../../api/client'
import { TextField } from '../../components/TextField'
import { useT } from '../../i18n/use-t'
import type { PerformTownHall } from './use-town-hall-document'

export function useOrganizations(): Organization[] {
  const [organizations, setOrganizations] = useState<Organization[]>([])
  useEffect(() => {
    call('inventory.listOrganizations', {}).then(setOrganizations, () => setOrganizations([]))
  }, [])
  return organizations
}

export const PanelEditor = memo(function PanelEditor({ panel, perform, readOnly }: { panel: TownHallDocument['panel']; perform: PerformTownHall; readOnly: boolean }) {
  const t = useT()
  const organizations = useOrganizations()
  const [name, setName] = useState('')
  const [organization, setOrganization] = useState('')
  const add = () => {
    const known = organizations.find((o) => o.name.toLowerCase() === organization.trim().toLowerCase())
    perform(addPanelist, { name, organizationId: known?.id, organizationName: known?.name ?? organization })
    setName('')
    setOrganization('')
  }
  return (
    <section className="th-panel-editor" aria-labelledby="th-panel-title">
      <h2 id="th-panel-title">{t('townHall.panel.title')}</h2>
      <p className="muted">{t('townHall.panel.lede')}</p>
      {panel.length === 0 ? (
        <p className="empty">{t('townHall.panel.empty')}</p>
      ) : (
        <ul className="th-panelists">
          {panel.map((p) => (
            <li key={p.id}>
              <strong>{p.name}</strong> {p.organizationName && <span className="muted">— {p.organizationName}</span>}
              {!readOnly && (
                <button type="button" className="icon-button" aria-label={t('townHall.panel.remove', { name: p.name })} onClick={() => perform(removePanelist, { id: p.id })}>
                  <X aria-hidden="true" />
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && (
        <form
          className="th-panel-form"
          onSubmit={(event) => {
            event.preventDefault()
            add()
          }}
        >
          <TextField label={t('townHall.panel.name')} value={name} onChange={setName} maxLength={200} />
          <div className="field">
            <label htmlFor="th-panel-org">{t('townHall.panel.organization')}</label>
            <input id="th-panel-org" list="th-panel-orgs" value={organization} onChange={(e) => setOrganization(e.target.value)} maxLength={200} />
            <datalist id="th-panel-orgs">
              {organizations.map((o) => (
                <option key={o.id} value={o.name} />
              ))}
            </datalist>
          </div>
          <button type="submit" className="button" disabled={name.trim() === ''}>
            <UserPlus aria-hidden="true" /> {t('townHall.panel.add')}
          </button>
        </form>
      )}
    </section>
  )
})
