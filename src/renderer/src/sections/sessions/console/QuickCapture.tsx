// Quick capture: what the room said, as a note, decision, observation, strength or area for
// improvement (about one of the objectives), or parking-lot item, and
// who said it ("@" and a few letters picks one of the organizations signed in); Enter adds it,
// Shift+Enter starts a new line.
import { useId, useState } from 'react'
import { useDraft } from '../../../lib/use-draft'
import { captureKinds } from '../../../../../shared/session/document'
import type { CaptureKind } from '../../../../../shared/session/actions'
import { useT } from '../../../i18n/use-t'
import { SelectField } from '../../../components/SelectField'
import type { Named } from './mention'
import { NamedOrganization } from './NamedOrganization'
import { useMention } from './use-mention'
import './capture.css'

interface Props {
  sessionId: string
  disabled: boolean
  /** The organizations signed in, who can be named as having said it. */
  organizations: readonly Named[]
  /** The scenario's objectives, which a strength or an area for improvement is about. */
  objectives: readonly { id: string; text: string }[]
  onAdd: (kind: CaptureKind, text: string, organizationId: string | undefined, objectiveId: string | undefined) => void
}

const ABOUT_AN_OBJECTIVE: readonly CaptureKind[] = ['strength', 'improvement']

/** The capture box; what is typed and not yet added is kept as the session's draft. */
export function QuickCapture({ sessionId, disabled, organizations, objectives, onAdd }: Props) {
  const t = useT()
  const { text, setText, clear } = useDraft(`session:${sessionId}:capture`)
  const [kind, setKind] = useState<CaptureKind>('note')
  const [who, setWho] = useState<Named | undefined>()
  const [objectiveId, setObjectiveId] = useState('')
  const ids = { text: useId(), who: useId() }
  const mention = useMention({ text, setText, organizations, choicesLabel: t('console.capture.whoChoices'), placement: 'above', onPick: setWho })
  const submit = () => {
    if (text.trim() === '') return
    onAdd(kind, text.trim(), who?.id, ABOUT_AN_OBJECTIVE.includes(kind) && objectiveId !== '' ? objectiveId : undefined)
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
        {ABOUT_AN_OBJECTIVE.includes(kind) && objectives.length > 0 && (
          <SelectField
            className="capture-objective"
            label={t('console.capture.objective')}
            placeholder={t('console.capture.noObjective')}
            value={objectiveId}
            onChange={setObjectiveId}
            options={objectives.map((o, i) => [o.id, `${i + 1}. ${o.text}`] as const)}
          />
        )}
        <div className="field grow capture-text">
          <div className="capture-label-row">
            <label htmlFor={ids.text}>{t('console.capture.text')}</label>
            {who ? (
              <NamedOrganization id={ids.who} text={t('console.capture.saidBy', { name: who.name })} clearLabel={t('console.capture.clearWho', { name: who.name })} onClear={() => setWho(undefined)} />
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
            // A text box with a list of choices (not a combobox: it is many lines of free text).
            {...mention.boxProps}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(event) => {
              if (mention.onKeyDown(event)) return
              if (event.key === 'Enter' && !event.shiftKey) {
                event.preventDefault()
                submit()
              }
            }}
          />
          {mention.choices}
        </div>
        <button type="submit" className="button primary">
          {t('console.capture.add')}
        </button>
      </fieldset>
    </form>
  )
}
