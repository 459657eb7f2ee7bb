// Renders a React element into happy-dom for a test, inside the app's i18n provider in a
// language, and types and clicks the way a person would.
import { act, type ReactNode } from 'react'
import { createRoot } from 'react-dom/client'
import type { Language } from '../../src/shared/i18n/catalog'
import { I18nProvider } from '../../src/renderer/src/i18n/I18nProvider'
import { setLanguage } from '../../src/renderer/src/i18n/language'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

export interface Rendered {
  container: HTMLElement
  /** The one element matching `selector`; fails the test when there is none. */
  get: <E extends Element = HTMLElement>(selector: string) => E
  /** The button whose text or aria-label is `name`. */
  button: (name: string) => HTMLButtonElement
  unmount: () => void
}

export async function render(element: ReactNode, language: Language = 'en'): Promise<Rendered> {
  setLanguage(language)
  const container = document.createElement('div')
  document.body.append(container)
  const root = createRoot(container)
  await act(async () => root.render(<I18nProvider>{element}</I18nProvider>))
  const get = <E extends Element>(selector: string): E => {
    const found = container.querySelector<E>(selector)
    if (!found) throw new Error(`Nothing matches ${selector}`)
    return found
  }
  const button = (name: string): HTMLButtonElement => {
    const found = [...container.querySelectorAll('button')].find((b) => b.textContent?.trim() === name || b.getAttribute('aria-label') === name)
    if (!found) throw new Error(`No button named ${name}`)
    return found
  }
  return { container, get, button, unmount: () => act(() => root.unmount()) }
}

/** Sets a field's value through the element's own setter (as typing does), so React sees the change. */
export async function type(field: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): Promise<void> {
  const prototype = Object.getPrototypeOf(field) as object
  Object.getOwnPropertyDescriptor(prototype, 'value')!.set!.call(field, value)
  await act(async () => {
    field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }))
  })
}

export async function click(element: HTMLElement): Promise<void> {
  await act(async () => element.click())
}

/** The element the `aria-describedby` of `control` names, word by word. */
export function descriptionsOf(control: Element): string[] {
  return (control.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent ?? `(missing #${id})`)
}
