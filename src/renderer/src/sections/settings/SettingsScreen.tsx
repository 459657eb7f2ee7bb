// Settings for this laptop: the language of the app and its colours — each its own or as the computer
// is set — applied at once (nothing on screen is lost) and kept in the app's own store; and the backups.
import './settings.css'
import { useState, useSyncExternalStore } from 'react'
import { systemLanguage, type LanguageChoice } from '../../../../shared/i18n/choose-language'
import { errorMessage } from '../../api/client'
import { applyLanguageChoice } from '../../i18n/apply-choice'
import { translate } from '../../i18n/intl'
import { currentLanguageChoice, subscribeToLanguage } from '../../i18n/language'
import { useT } from '../../i18n/use-t'
import { LANGUAGE_LABELS } from '../../i18n/language-labels'
import { BackupsPanel } from './BackupsPanel'
import { ThemeSettings } from './ThemeSettings'

export function SettingsScreen() {
  const t = useT()
  // The choice as the app holds it, so a switch made in the sidebar shows here too.
  const choice = useSyncExternalStore(subscribeToLanguage, currentLanguageChoice)
  const [said, setSaid] = useState('')
  const system = systemLanguage(navigator.languages)

  async function choose(next: LanguageChoice): Promise<void> {
    try {
      const chosen = await applyLanguageChoice(next)
      // Worded in the language just chosen (this render's `t` still speaks the one before).
      setSaid(translate('settings.saved', { language: chosen }))
    } catch (error) {
      setSaid(errorMessage(error))
    }
  }

  return (
    <section className="screen" aria-labelledby="settings-title">
      <header className="screen-header">
        <h1 id="settings-title">{t('settings.title')}</h1>
        <p className="lede">{t('settings.lede')}</p>
      </header>
      <fieldset className="settings-group">
        <legend>{t('settings.language')}</legend>
        {(
          [
            ['system', t('settings.languageSystem', { language: LANGUAGE_LABELS[system] })],
            ['en', LANGUAGE_LABELS.en],
            ['es', LANGUAGE_LABELS.es],
          ] as const
        ).map(([value, label]) => (
          <label key={value} className="choice">
            <input type="radio" name="app-language" value={value} checked={choice === value} onChange={() => void choose(value)} />
            <span lang={value === 'system' ? undefined : value}>{label}</span>
          </label>
        ))}
        <p className="hint">{t('settings.languageHint')}</p>
      </fieldset>
      <ThemeSettings onSaid={setSaid} />
      <p role="status" aria-live="polite">
        {said}
      </p>
      <BackupsPanel />
    </section>
  )
}
