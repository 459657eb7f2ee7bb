// What was captured in this module (and the whole parking lot), newest first; each can be
// corrected (saved as it is typed) or deleted, and Undo takes either back.
import { Pencil, Trash2 } from 'lucide-react'
import { useId, useMemo, useState } from 'react'
import { useIntl } from 'react-intl'
import { deleteEntry, editEntry } from '../../../../../shared/session/actions'
import type { SessionDocument } from '../../../../../shared/session/document'
import { useT } from '../../../i18n/use-t'
import { useDebouncedCommit } from '../../../lib/use-debounced-commit'
import type { Perform } from '../use-session-document'

type Entry = SessionDocument['entries'][number]

export function EntryList({
  document,
  moduleId,
  perform,
  organizationName,
}: {
  document: SessionDocument
  moduleId: string
  perform: Perform
  /** The name of an organization signed in, for who said what. */
  organizationName: (id: string) => string | undefined
}) {
  const t = useT()
  const intl = useIntl()
  const [editing, setEditing] = useState<string | undefined>()
  const entries = useMemo(() => document.entries.filter((e) => e.moduleId === moduleId || e.kind === 'parking-lot').slice().reverse(), [document.entries, moduleId])
  if (entries.length === 0) return <p className="muted">{t('console.capture.nothingYet')}</p>
  return (
    <ul className="entries" aria-label={t('console.capture.list')}>
      {entries.map((entry) => (
        <li key={entry.id} className={`entry entry-${entry.kind}`}>
          <span className="entry-kind">{t('console.capture.kindName', { kind: entry.kind })}</span>
          <span className="entry-time">{intl.formatTime(entry.at, { hour: '2-digit', minute: '2-digit' })}</span>
          {editing === entry.id ? (
            <EntryEditor entry={entry} perform={perform} onDone={() => setEditing(undefined)} />
          ) : (
            <>
              <span className="entry-text">
                {entry.text}
                {entry.organizationId && organizationName(entry.organizationId) && <span className="entry-by"> {t('console.entry.by', { name: organizationName(entry.organizationId)! })}</span>}
              </span>
              <span className="entry-tools">
                <button type="button" className="icon-button" title={t('console.entry.edit')} aria-label={t('console.entry.editLabel', { kind: entry.kind })} onClick={() => setEditing(entry.id)}>
                  <Pencil aria-hidden="true" size={16} />
                </button>
                <button
                  type="button"
                  className="icon-button"
                  title={t('console.entry.delete')}
                  aria-label={t('console.entry.deleteLabel', { text: entry.text })}
                  onClick={() => perform(deleteEntry, { entryId: entry.id })}
                >
                  <Trash2 aria-hidden="true" size={16} />
                </button>
              </span>
            </>
          )}
        </li>
      ))}
    </ul>
  )
}

/** The entry's text in a field, saved as it is typed; Done, Escape or leaving the field ends the edit. */
function EntryEditor({ entry, perform, onDone }: { entry: Entry; perform: Perform; onDone: () => void }) {
  const t = useT()
  const id = useId()
  const [text, setText] = useState(entry.text)
  // One visit of the field is one undo step.
  const [edit] = useState(() => crypto.randomUUID())
  const { schedule, flush } = useDebouncedCommit((value: string) => {
    if (value.trim() !== '') perform(editEntry, { entryId: entry.id, text: value, edit })
  })
  const finish = () => {
    flush()
    onDone()
  }
  return (
    <span className="entry-edit">
      <label htmlFor={id} className="visually-hidden">
        {t('console.entry.text', { kind: entry.kind })}
      </label>
      <textarea
        id={id}
        rows={2}
        value={text}
        autoFocus
        onChange={(e) => {
          setText(e.target.value)
          schedule(e.target.value)
        }}
        onBlur={flush}
        onKeyDown={(event) => {
          if (event.key === 'Escape' || (event.key === 'Enter' && !event.shiftKey)) {
            event.preventDefault()
            finish()
          }
        }}
      />
      <button type="button" className="button small" onClick={finish}>
        {t('console.entry.done')}
      </button>
    </span>
  )
}
