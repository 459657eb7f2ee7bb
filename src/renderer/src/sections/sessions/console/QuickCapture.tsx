// Quick capture: what the room said, as a note, decision, observation or parking-lot item, and
// who said it ("@" and a few letters picks one of the organizations signed in); Enter adds it,
// Shift+Enter starts a new line.
import { X } from 'lucide-react'
import { useId, useState } from 'react'
import { useDraft } from '../../../lib/use-draft'
import { captureKinds } from '../../../../../shared/session/document'
import type { CaptureKind } from '../../../../../shared/session/actions'
import { useT } from '../../../i18n/use-t'
import { SelectField } from '../../../components/SelectField'
import { mentionMatches, mentionQuery, withoutMention, type Named } from './mention'
import './capture.css'

interface Props {
  sessionId: string
  disabled: boolean
  /** The organizations signed in, who can be named as having said it. */
  organizations: readonly Named[]
  onAdd: (kind: CaptureKind, text: string, organizationId: string | undefined) => void
}

/** The capture box; what is typed and not yet added is kept as the session's draft. */
export function QuickCapture({ sessionId, disabled, organizations, onAdd }: Props) {
  const t = useT()
  const { text, setText, clear } = useDraft(`session:${sessionId}:capture`)
  const [kind, setKind] = useState<CaptureKind>('note')
  const [who, setWho] = useState<Named | undefined>()
  const [active, setActive] = useState(0)
  const [dismissed, setDismissed] = useState<string | undefined>()
  const ids = { text: useId(), list: useId(), who: useId() }
  const query = mentionQuery(text)
  const matches = query === undefined || query === dismissed ? [] : mentionMatches(query, organizations)
  const choosing = matches.length > 0
  const pick = (organization: Named) => {
    setWho(organization)
    setText(withoutMention(text))
    setActive(0)
  }
  const submit = () => {
    if (text.trim() === '') return
    onAdd(kind, text.trim(), who?.id)
    clear()
    setWho(undefined)
  }
  return (
    <form
      className="quick-capture"
      aria-label={t('console.capture.heading')}
      onSubmit={(event) => {
        event.preventDefault()
        submit()
      }}
    >
      <fieldset className="capture-fields" disabled={disabled}>
        <SelectField
          label={t('console.capture.kind')}
          value={kind}
          onChange={(value) => setKind(value as CaptureKind)}
          options={captureKinds.map((k) => [k, t('console.capture.kindName', { kind: k })] as const)}
        />
        <div className="field grow capture-text">
          <div className="capture-label-row">
            <label htmlFor={ids.text}>{t('console.capture.text')}</label>
            {who ? (
              <p id={ids.who} className="capture-who">
                {t('console.capture.saidBy', { name: who.name })}
                <button type="button" className="icon-button small" aria-label={t('console.capture.clearWho', { name: who.name })} onClick={() => setWho(undefined)}>
                  <X aria-hidden="true" />
                </button>
              </p>
            ) : (
              organizations.length > 0 && <p className="hint capture-hint">{t('console.capture.whoHint')}</p>
            )}
          </div>
          <textarea
            id={ids.text}
            rows={2}
            value={text}
            aria-keyshortcuts="Enter"
            placeholder={t('console.capture.placeholder')}
            aria-describedby={who ? ids.who : undefined}
            // A text box with a list of choices (not a combobox: it is many lines of free text);
            // the choice under the arrows is said by the status line below.
            aria-controls={choosing ? ids.list : undefined}
            aria-autocomplete="list"
            onChange={(e) => {
              setText(e.target.value)
              setActive(0)
            }}
            onKeyDown={(event) => {
              if (choosing) {
                if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
                  event.preventDefault()
                  setActive((index) => (index + (event.key === 'ArrowDown' ? 1 : matches.length - 1)) % matches.length)
                  return
                }
                if (event.key === 'Enter' || event.key === 'Tab') {
                  event.preventDefault()
                  pick(matches[Math.min(active, matches.length - 1)]!)
                  return
                }
                if (event.key === 'Escape') {
                  event.preventDefault()
                  setDismissed(query)
                  return
                }
              }
              if (event.key === 'Enter' && !event.shiftKey) {
                event.preventDefault()
                submit()
              }
            }}
          />
          <span className="visually-hidden" role="status">
            {choosing ? t('console.capture.whoChoice', { name: matches[Math.min(active, matches.length - 1)]!.name, position: Math.min(active, matches.length - 1) + 1, count: matches.length }) : ''}
          </span>
          {choosing && (
            <ul id={ids.list} role="listbox" className="mention-list" aria-label={t('console.capture.whoChoices')}>
              {matches.map((organization, index) => (
                <li
                  key={organization.id}
                  id={`${ids.list}-${index}`}
                  role="option"
                  aria-selected={index === active}
                  onMouseDown={(event) => {
                    event.preventDefault()
                    pick(organization)
                  }}
                >
                  {organization.name}
                </li>
              ))}
            </ul>
          )}
        </div>
        <button type="submit" className="button primary">
          {t('console.capture.add')}
        </button>
      </fieldset>
    </form>
  )
}
