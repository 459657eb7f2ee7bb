// Quick capture: what the room said, as a note, decision, observation or parking-lot item;
// Enter adds it, Shift+Enter starts a new line.
import { useId, useState } from 'react'
import { useDraft } from '../../../lib/use-draft'
import { captureKinds } from '../../../../../shared/session/document'
import type { CaptureKind } from '../../../../../shared/session/actions'
import { useT } from '../../../i18n/use-t'
import { SelectField } from '../../../components/SelectField'

/** The capture box; what is typed and not yet added is kept as the session's draft. */
export function QuickCapture({ sessionId, disabled, onAdd }: { sessionId: string; disabled: boolean; onAdd: (kind: CaptureKind, text: string) => void }) {
  const t = useT()
  const { text, setText, clear } = useDraft(`session:${sessionId}:capture`)
  const [kind, setKind] = useState<CaptureKind>('note')
  const ids = { text: useId() }
  const submit = () => {
    if (text.trim() === '') return
    onAdd(kind, text.trim())
    clear()
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
      <div className="field grow">
        <label htmlFor={ids.text}>{t('console.capture.text')}</label>
        <textarea
          id={ids.text}
          rows={2}
          value={text}
          aria-keyshortcuts="Enter"
          placeholder={t('console.capture.placeholder')}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.shiftKey) {
              event.preventDefault()
              submit()
            }
          }}
        />
      </div>
      <button type="submit" className="button primary">
        {t('console.capture.add')}
      </button>
      </fieldset>
    </form>
  )
}
