// Renderer entry: fonts and styles bundled with the app (nothing loads from the network).
import './zod-config'
import '@fontsource/atkinson-hyperlegible/400.css'
import '@fontsource/atkinson-hyperlegible/700.css'
import './styles/app.css'
// Wears the computer's light or dark scheme before anything renders.
import { setThemeChoice } from './appearance/theme'
import { applyPresenterDisplay, isPresenterWindow } from './appearance/presenter-display'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { I18nProvider } from './i18n/I18nProvider'
import { connectEditMenu } from './api/shell'
import { syncAppClock } from './lib/clock'
import { call } from './api/client'
import { setLanguage } from './i18n/language'
import { resolveLanguage } from '../../shared/i18n/choose-language'

connectEditMenu()

/**
 * The language and theme chosen on this laptop, or the system's (English and the computer's scheme
 * if the services do not answer); a presenter window wears the presenter's own.
 */
async function startSettings(): Promise<void> {
  const settings = await call('app.settings', {})
  setThemeChoice(settings.theme)
  if (isPresenterWindow(window.location.hash)) applyPresenterDisplay(settings.presenter, settings.language)
  else setLanguage(resolveLanguage(settings.language, navigator.languages), settings.language)
}

// The first screen already reads the services' time and speaks the chosen language (loopback
// round trips) in the chosen theme; if the services do not answer, the screens say so themselves.
void Promise.all([syncAppClock().catch(() => undefined), startSettings().catch(() => undefined)])
  .then(() =>
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <I18nProvider>
          <App />
        </I18nProvider>
      </StrictMode>,
    ),
  )
