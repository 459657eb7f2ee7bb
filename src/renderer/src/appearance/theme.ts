// The colour theme the window wears, held outside React: `data-theme` on the root picks the
// palette in tokens.css (its `color-scheme` makes native controls follow). "As this computer is set"
// follows prefers-color-scheme live; a presenter window may wear the projector theme instead.
import type { ThemeChoice } from '../../../shared/appearance/choices'

export type Theme = 'light' | 'dark' | 'projector'

let choice: ThemeChoice = 'system'
let projector = false
const listeners = new Set<() => void>()
const darkScheme = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : undefined

/** The facilitator's choice behind the theme, so every control showing it agrees. */
export function currentThemeChoice(): ThemeChoice {
  return choice
}

/** The computer's own scheme, which "as this computer is set" follows. */
export function computerScheme(): 'light' | 'dark' {
  return darkScheme?.matches ? 'dark' : 'light'
}

export function currentTheme(): Theme {
  if (projector) return 'projector'
  return choice === 'system' ? computerScheme() : choice
}

function apply(): void {
  document.documentElement.dataset.theme = currentTheme()
  for (const listener of listeners) listener()
}

export function setThemeChoice(next: ThemeChoice): void {
  choice = next
  apply()
}

/** The presenter's high-contrast projector theme, over whatever the app's theme is. */
export function setProjectorTheme(on: boolean): void {
  projector = on
  apply()
}

export function subscribeToTheme(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

darkScheme?.addEventListener('change', apply)
// Before the settings arrive the window already follows the computer: no flash of light in a dark room.
apply()
