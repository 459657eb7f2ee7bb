// The app's colours: light, dark, or as the computer is set (which follows it live), applied at
// once and kept in the app's own store.
import { useSyncExternalStore } from 'react'
import type { ThemeChoice } from '../../../../shared/appearance/choices'
import { call, errorMessage } from '../../api/client'
import { computerScheme, currentThemeChoice, setThemeChoice, subscribeToTheme } from '../../appearance/theme'
import { useT } from '../../i18n/use-t'

export function ThemeSettings({ onSaid }: { onSaid: (said: string) => void }) {
  const t = useT()
  const choice = useSyncExternalStore(subscribeToTheme, currentThemeChoice)
  // What "as this computer is set" gives now: it changes live with the computer's setting.
  const scheme = useSyncExternalStore(subscribeToTheme, computerScheme)

  async function choose(next: ThemeChoice): Promise<void> {
    setThemeChoice(next)
    try {
      await call('app.setTheme', { theme: next })
      onSaid(t('settings.themeSaved', { theme: next }))
    } catch (error) {
      onSaid(errorMessage(error))
    }
  }

  const options: [ThemeChoice, string][] = [
    ['system', t('settings.themeSystem', { scheme })],
    ['light', t('settings.themeLight')],
    ['dark', t('settings.themeDark')],
  ]
  return (
    <fieldset className="settings-group">
      <legend>{t('settings.theme')}</legend>
      {options.map(([value, label]) => (
        <label key={value} className="choice">
          <input type="radio" name="app-theme" value={value} checked={choice === value} onChange={() => void choose(value)} />
          <span>{label}</span>
        </label>
      ))}
      <p className="hint">{t('settings.themeHint')}</p>
    </fieldset>
  )
}

