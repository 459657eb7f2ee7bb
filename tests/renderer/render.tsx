// Renders a piece of the renderer into happy-dom inside the app's i18n provider, in a language.
import { act, type ReactNode } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import type { Language } from '../../src/shared/i18n/catalog'
import { I18nProvider } from '../../src/renderer/src/i18n/I18nProvider'
import { setLanguage } from '../../src/renderer/src/i18n/language'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

export interface Rendered {
  container: HTMLElement
  root: Root
  rerender: (element: ReactNode) => Promise<void>
  unmount: () => void
}

export async function render(element: ReactNode, language: Language = 'en'): Promise<Rendered> {
  setLanguage(language)
  const container = document.createElement('div')
  document.body.append(container)
  const root = createRoot(container)
  const rerender = async (next: ReactNode) => {
    await act(async () => root.render(<I18nProvider>{next}</I18nProvider>))
  }
  await rerender(element)
  return { container, root, rerender, unmount: () => act(() => root.unmount()) }
}
