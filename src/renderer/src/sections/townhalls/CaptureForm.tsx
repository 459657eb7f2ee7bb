// Capturing what the room says, keyboard first: type and press Enter; it is shown and saved at
// once. Kind, language, theme and table stay set for the next item; a speaker's name is kept only
// when they agree to it. A line ending in "?" is a question unless another kind is chosen.
import { memo, useId, useRef, useState } from 'react'
import { addTheme, captureItem } from '../../../../shared/townhall/actions'
import { ITEM_KINDS, type ItemKind, type TownHallDocument } from '../../../../shared/townhall/document'
import { ROOM_LANGUAGES, type RoomLanguage } from '../../../../shared/townhall/model'
import { useT } from '../../i18n/use-t'
import { themeIdNamed, themeName } from './theme-words'
import type { PerformTownHall } from './use-town-hall-document'

export const CAPTURE_INPUT_ID = 'th-capture-text'

export const CaptureForm = memo(function CaptureForm({ themes, perform, languages, readOnly }: { themes: TownHallDocument['themes']; perform: PerformTownHall; languages: readonly RoomLanguage[]; readOnly: boolean }) {
  const t = useT()
  const id = useId()
  const [text, setText] = useState('')
  const [kind, setKind] = useState<ItemKind | 'auto'>('auto')
  const [language, setLanguage] = useState<RoomLanguage>(languages[0] ?? 'en')
  const [theme, setTheme] = useState('')
  const [place, setPlace] = useState('')
  const [speaker, setSpeaker] = useState('')
  const [consent, setConsent] = useState(false)
  const textRef = useRef<HTMLInputElement>(null)
  const [said, setSaid] = useState(0)

  const capture = () => {
    const words = text.trim()
    if (words === '') return
    const chosenKind: ItemKind = kind !== 'auto' ? kind : /[?？]\s*$|^¿/.test(words) ? 'question' : 'concern'
    const themeId = themeIdNamed(t, themes, theme, (name, id) => perform(addTheme, { name, id }))
    perform(captureItem, { text: words, kind: chosenKind, language, themeId, place, speakerName: consent ? speaker : undefined })
    setText('')
    setSpeaker('')
    setConsent(false)
    setSaid((n) => n + 1)
    textRef.current?.focus()
  }

  return (
    <form
      className="th-capture"
      aria-label={t('townHall.capture.title')}
      onSubmit={(event) => {
        event.preventDefault()
        capture()
      }}
    >
      <div className="th-capture-line">
        <label htmlFor={CAPTURE_INPUT_ID} className="visually-hidden">
          {t('townHall.capture.text')}
        </label>
        <input
          id={CAPTURE_INPUT_ID}
          ref={textRef}
          className="th-capture-text"
          value={text}
          maxLength={5000}
          disabled={readOnly}
          placeholder={t('townHall.capture.placeholder')}
          aria-describedby={`${id}-hint`}
          aria-keyshortcuts="Alt+Shift+C"
          autoComplete="off"
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" className="button primary" disabled={readOnly || text.trim() === ''}>
          {t('townHall.capture.add')}
        </button>
      </div>
      <p id={`${id}-hint`} className="hint">
        {t('townHall.capture.hint')}
      </p>
      <div className="th-capture-details">
        <label>
          {t('townHall.capture.kind')}
          <select value={kind} onChange={(e) => setKind(e.target.value as ItemKind | 'auto')} disabled={readOnly}>
            <option value="auto">{t('townHall.capture.kindAuto')}</option>
            {ITEM_KINDS.map((k) => (
              <option key={k} value={k}>
                {t('townHall.kind', { kind: k })}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('townHall.capture.language')}
          <select value={language} onChange={(e) => setLanguage(e.target.value as RoomLanguage)} disabled={readOnly}>
            {ROOM_LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t('townHall.language', { language: l })}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('townHall.capture.theme')}
          <input list={`${id}-themes`} value={theme} onChange={(e) => setTheme(e.target.value)} disabled={readOnly} maxLength={120} autoComplete="off" />
          <datalist id={`${id}-themes`}>
            {themes.map((th) => (
              <option key={th.id} value={themeName(t, th)} />
            ))}
          </datalist>
        </label>
        <label>
          {t('townHall.capture.place')}
          <input value={place} onChange={(e) => setPlace(e.target.value)} disabled={readOnly} maxLength={40} size={8} autoComplete="off" />
        </label>
        <label>
          {t('townHall.capture.speaker')}
          <input value={speaker} onChange={(e) => setSpeaker(e.target.value)} disabled={readOnly} maxLength={200} autoComplete="off" />
        </label>
        <label className="check">
          <input type="checkbox" checked={consent} onChange={(e) => setConsent(e.target.checked)} disabled={readOnly} /> {t('townHall.capture.consent')}
        </label>
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {said > 0 ? t('townHall.capture.saved', { count: said }) : ''}
      </p>
    </form>
  )
})
