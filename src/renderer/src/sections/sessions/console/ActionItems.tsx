// Action items for the improvement plan: what, who owns it (an organization at the table or
// anyone named), by when, how urgent; and their status as the room follows up.
import { useId, useState } from 'react'
import { addActionItem, setActionItemStatus } from '../../../../../shared/session/actions'
import type { SessionDocument } from '../../../../../shared/session/document'
import type { Participant } from '../../../../../shared/session/model'
import { useT } from '../../../i18n/use-t'
import { useDraft } from '../../../lib/use-draft'
import type { Perform } from '../use-session-document'
import { TableHead } from '../../../components/TableHead'
import { Field } from '../../../components/Field'
import { SelectField } from '../../../components/SelectField'
import { TextField } from '../../../components/TextField'

type Priority = SessionDocument['actionItems'][number]['priority']
type Status = SessionDocument['actionItems'][number]['status']
const PRIORITIES: readonly Priority[] = ['high', 'medium', 'low']
const STATUSES: readonly Status[] = ['open', 'in-progress', 'done']

export function ActionItems({ sessionId, document, participants, perform }: { sessionId: string; document: SessionDocument; participants: readonly Participant[]; perform: Perform }) {
  const t = useT()
  // What is typed and not yet added is kept by the app, like the capture box.
  const { text: what, setText: setWhat, clear: clearWhat } = useDraft(`session:${sessionId}:action-what`)
  const { text: owner, setText: setOwner } = useDraft(`session:${sessionId}:action-owner`)
  const [due, setDue] = useState('')
  const [priority, setPriority] = useState<Priority>('medium')
  const ids = { owners: useId(), title: useId() }
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
          clearWhat()
          setDue('')
        }}
      >
        <TextField className="grow" label={t('console.actionItems.what')} value={what} onChange={setWhat} />
        <Field label={t('console.actionItems.owner')}>
          {(control) => (
            <>
              <input {...control} list={ids.owners} value={owner} onChange={(e) => setOwner(e.target.value)} />
              <datalist id={ids.owners}>
                {owners.map(([organizationId, name]) => (
                  <option key={organizationId} value={name} />
                ))}
              </datalist>
            </>
          )}
        </Field>
        <TextField label={t('console.actionItems.due')} type="date" value={due} onChange={setDue} />
        <SelectField
          label={t('console.actionItems.priority')}
          value={priority}
          onChange={(value) => setPriority(value as Priority)}
          options={PRIORITIES.map((p) => [p, t('console.actionItems.priorityName', { priority: p })] as const)}
        />
        <button type="submit" className="button">
          {t('console.actionItems.add')}
        </button>
      </form>
      {document.actionItems.length > 0 && (
        <table className="data-table action-table">
          <TableHead columns={[t('console.actionItems.what'), t('console.actionItems.owner'), t('console.actionItems.due'), t('console.actionItems.priority'), t('console.actionItems.status')]} />
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
