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

connectEditMenu()

// The first screen already reads the services' time (one loopback round trip); if they do not
// answer, the screens say so themselves.
void syncAppClock()
  .catch(() => undefined)
  .then(() =>
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <I18nProvider>
          <App />
        </I18nProvider>
      </StrictMode>,
    ),
  )
