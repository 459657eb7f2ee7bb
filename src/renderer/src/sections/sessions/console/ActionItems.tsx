// Action items for the improvement plan: what, who owns it (an organization at the table or
// anyone named), by when, how urgent; and their status as the room follows up.
import { useId, useState } from 'react'
import { addActionItem, setActionItemStatus } from '../../../../../shared/session/actions'
import type { SessionDocument } from '../../../../../shared/session/document'
import type { Participant } from '../../../../../shared/session/model'
import { useT } from '../../../i18n/use-t'
import type { Perform } from '../use-session-document'

type Priority = SessionDocument['actionItems'][number]['priority']
type Status = SessionDocument['actionItems'][number]['status']
const PRIORITIES: readonly Priority[] = ['high', 'medium', 'low']
const STATUSES: readonly Status[] = ['open', 'in-progress', 'done']

export function ActionItems({ document, participants, perform }: { document: SessionDocument; participants: readonly Participant[]; perform: Perform }) {
  const t = useT()
  const [what, setWhat] = useState('')
  const [owner, setOwner] = useState('')
  const [due, setDue] = useState('')
  const [priority, setPriority] = useState<Priority>('medium')
  const ids = { what: useId(), owner: useId(), due: useId(), priority: useId(), owners: useId(), title: useId() }
  const owners = [...new Map(participants.filter((p) => p.organizationId).map((p) => [p.organizationId!, p.organizationName])).entries()]
  return (
    <section aria-labelledby={ids.title}>
      <h3 id={ids.title}>{t('console.actionItems.heading', { count: document.actionItems.length })}</h3>
      <form
        className="action-form"
        onSubmit={(event) => {
          event.preventDefault()
          if (what.trim() === '' || owner.trim() === '') return
          const organization = owners.find(([, name]) => name === owner.trim())
          perform(addActionItem, { what, ownerName: owner, ownerOrganizationId: organization?.[0], due: due || undefined, priority })
          setWhat('')
          setDue('')
        }}
      >
        <div className="field grow">
          <label htmlFor={ids.what}>{t('console.actionItems.what')}</label>
          <input id={ids.what} value={what} onChange={(e) => setWhat(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={ids.owner}>{t('console.actionItems.owner')}</label>
          <input id={ids.owner} list={ids.owners} value={owner} onChange={(e) => setOwner(e.target.value)} />
          <datalist id={ids.owners}>
            {owners.map(([organizationId, name]) => (
              <option key={organizationId} value={name} />
            ))}
          </datalist>
        </div>
        <div className="field">
          <label htmlFor={ids.due}>{t('console.actionItems.due')}</label>
          <input id={ids.due} type="date" value={due} onChange={(e) => setDue(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={ids.priority}>{t('console.actionItems.priority')}</label>
          <select id={ids.priority} value={priority} onChange={(e) => setPriority(e.target.value as Priority)}>
            {PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {t('console.actionItems.priorityName', { priority: p })}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          {t('console.actionItems.add')}
        </button>
      </form>
      {document.actionItems.length > 0 && (
        <table className="data-table action-table">
          <thead>
            <tr>
              <th scope="col">{t('console.actionItems.what')}</th>
              <th scope="col">{t('console.actionItems.owner')}</th>
              <th scope="col">{t('console.actionItems.due')}</th>
              <th scope="col">{t('console.actionItems.priority')}</th>
              <th scope="col">{t('console.actionItems.status')}</th>
            </tr>
          </thead>
          <tbody>
            {document.actionItems.map((item) => (
              <tr key={item.id}>
                <th scope="row">{item.what}</th>
                <td>{item.ownerName}</td>
                <td>{item.due ?? '—'}</td>
                <td>{t('console.actionItems.priorityName', { priority: item.priority })}</td>
                <td>
                  <select
                    aria-label={t('console.actionItems.statusOf', { what: item.what })}
                    value={item.status}
                    onChange={(e) => perform(setActionItemStatus, { itemId: item.id, what: item.what, status: e.target.value as Status })}
                  >
                    {STATUSES.map((s) => (
                      <option key={s} value={s}>
                        {t('console.actionItems.statusName', { status: s })}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
