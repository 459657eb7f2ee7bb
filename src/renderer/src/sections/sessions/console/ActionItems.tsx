// Action items for the improvement plan: what, who owns it (anyone named, and the organization at
// the table that owns it: "@" and a few letters while typing what), by when, how urgent; and
// their status as the room follows up.
import { useId, useState } from 'react'
import { addActionItem } from '../../../../../shared/session/actions'
import { capabilityElements, type SessionDocument } from '../../../../../shared/session/document'
import type { Participant } from '../../../../../shared/session/model'
import { useT } from '../../../i18n/use-t'
import { useDraft } from '../../../lib/use-draft'
import type { Perform } from '../use-session-document'
import { TableHead } from '../../../components/TableHead'
import { Field } from '../../../components/Field'
import { SelectField } from '../../../components/SelectField'
import { TextField } from '../../../components/TextField'
import { ActionItemRow } from './ActionItemRow'
import { signedInOrganizations, type Named } from './mention'
import { NamedOrganization } from './NamedOrganization'
import { useMention } from './use-mention'

type Priority = SessionDocument['actionItems'][number]['priority']
type Element = (typeof capabilityElements)[number]
const PRIORITIES: readonly Priority[] = ['high', 'medium', 'low']

export function ActionItems({ sessionId, document, participants, perform }: { sessionId: string; document: SessionDocument; participants: readonly Participant[]; perform: Perform }) {
  const t = useT()
  // What is typed and not yet added is kept by the app, like the capture box.
  const { text: what, setText: setWhat, clear: clearWhat } = useDraft(`session:${sessionId}:action-what`)
  const { text: owner, setText: setOwner } = useDraft(`session:${sessionId}:action-owner`)
  const [owning, setOwning] = useState<Named | undefined>()
  const [due, setDue] = useState('')
  const [priority, setPriority] = useState<Priority>('medium')
  // The improvement plan's own columns, when the room knows them already.
  const [element, setElement] = useState<Element | ''>('')
  const [contact, setContact] = useState('')
  const [start, setStart] = useState('')
  const ids = { owners: useId(), title: useId(), owning: useId() }
  const organizations = signedInOrganizations(participants)
  const mention = useMention({
    text: what,
    setText: setWhat,
    organizations,
    choicesLabel: t('console.actionItems.ownerChoices'),
    placement: 'below',
    onPick: (organization) => {
      setOwning(organization)
      // The owner is the organization itself unless someone was named.
      if (owner.trim() === '' || organizations.some((o) => o.name === owner.trim())) setOwner(organization.name)
    },
  })
  return (
    <section aria-labelledby={ids.title}>
      <h3 id={ids.title}>{t('console.actionItems.heading', { count: document.actionItems.length })}</h3>
      <form
        className="action-form"
        onSubmit={(event) => {
          event.preventDefault()
          if (what.trim() === '' || owner.trim() === '') return
          const ownerOrganizationId = owning?.id ?? organizations.find((o) => o.name === owner.trim())?.id
          perform(addActionItem, { what, ownerName: owner, ownerOrganizationId, due: due || undefined, priority, capabilityElement: element || undefined, pointOfContact: contact || undefined, start: start || undefined })
          clearWhat()
          setOwning(undefined)
          setDue('')
          setElement('')
          setContact('')
          setStart('')
        }}
      >
        <Field className="grow mention-field" label={t('console.actionItems.what')} hint={!owning && organizations.length > 0 ? t('console.actionItems.ownerHint') : undefined}>
          {(control) => (
            <>
              <input
                {...control}
                aria-describedby={[control['aria-describedby'], owning ? ids.owning : ''].filter(Boolean).join(' ') || undefined}
                value={what}
                onChange={(e) => setWhat(e.target.value)}
                {...mention.boxProps}
                onKeyDown={mention.onKeyDown}
              />
              {mention.choices}
              {owning && (
                <NamedOrganization id={ids.owning} text={t('console.actionItems.ownedBy', { name: owning.name })} clearLabel={t('console.actionItems.clearOwner', { name: owning.name })} onClear={() => setOwning(undefined)} />
              )}
            </>
          )}
        </Field>
        <Field label={t('console.actionItems.owner')}>
          {(control) => (
            <>
              <input {...control} list={ids.owners} value={owner} onChange={(e) => setOwner(e.target.value)} />
              <datalist id={ids.owners}>
                {organizations.map(({ id, name }) => (
                  <option key={id} value={name} />
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
        <details className="plan-fields">
          <summary>{t('console.actionItems.planFields')}</summary>
          <div className="plan-fields-row">
            <SelectField
              label={t('console.actionItems.element')}
              placeholder={t('console.actionItems.elementNone')}
              value={element}
              onChange={(value) => setElement(value as Element | '')}
              options={capabilityElements.map((e) => [e, t('report.capability', { element: e })] as const)}
            />
            <TextField label={t('console.actionItems.contact')} value={contact} onChange={setContact} />
            <TextField label={t('console.actionItems.start')} type="date" value={start} onChange={setStart} />
          </div>
        </details>
        <button type="submit" className="button">
          {t('console.actionItems.add')}
        </button>
      </form>
      {document.actionItems.length > 0 && (
        <table className="data-table action-table stacked-table">
          <TableHead columns={[t('console.actionItems.what'), t('console.actionItems.owner'), t('console.actionItems.due'), t('console.actionItems.priority'), t('console.actionItems.status')]} />
          <tbody>
            {document.actionItems.map((item) => (
              <ActionItemRow key={item.id} item={item} organizations={organizations} perform={perform} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
