// Renderer entry: fonts and styles bundled with the app (nothing loads from the network).
import './zod-config'
import '@fontsource/atkinson-hyperlegible/400.css'
import '@fontsource/atkinson-hyperlegible/700.css'
import './styles/app.css'
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

/** The language chosen on this laptop, or the system's; English if the services do not answer. */
async function startLanguage(): Promise<void> {
  const { language } = await call('app.settings', {})
  setLanguage(resolveLanguage(language, navigator.languages), language)
}

// The first screen already reads the services' time and speaks the chosen language (loopback
// round trips); if the services do not answer, the screens say so themselves.
void Promise.all([syncAppClock().catch(() => undefined), startLanguage().catch(() => undefined)])
  .then(() =>
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <I18nProvider>
          <App />
        </I18nProvider>
      </StrictMode>,
    ),
  )
