// The presenter window's own look and language: the projector theme and a language apart from the
// console's (a bilingual room), applied to this window only — each window holds its own language
// and theme — and kept in the app's settings for the next time the presenter opens. What was
// applied is held here, so the presenter's controls show it without reading the settings again.
import type { LanguageChoice } from '../../../shared/i18n/choose-language'
import { resolveLanguage } from '../../../shared/i18n/choose-language'
import type { Language } from '../../../shared/i18n/catalog'
import type { PresenterLanguage, PresenterTheme } from '../../../shared/appearance/choices'
import { setLanguage } from '../i18n/language'
import { setProjectorTheme } from './theme'

/** Whether this window shows a presenter view (a session's or a town hall's), by its address. */
export function isPresenterWindow(hash: string): boolean {
  return /^#\/present(-town-hall)?\//.test(hash)
}

/** The language the presenter's own words are in: its choice, else the app's. */
export function presenterLanguage(choice: PresenterLanguage, appLanguage: LanguageChoice): Language {
  return choice === 'app' ? resolveLanguage(appLanguage, navigator.languages) : choice
}

/** What this window wears: the presenter's choices, and the app's language behind "same as the app". */
export interface PresenterDisplayShown {
  display: { theme: PresenterTheme; language: PresenterLanguage }
  appLanguage: LanguageChoice
}

let shown: PresenterDisplayShown | undefined

/** What was last applied to this window (at start-up, then by the presenter's controls); nothing if start-up could not read the settings. */
export function shownPresenterDisplay(): PresenterDisplayShown | undefined {
  return shown
}

export function applyPresenterDisplay(display: PresenterDisplayShown['display'], appLanguage: LanguageChoice): void {
  shown = { display, appLanguage }
  setProjectorTheme(display.theme === 'projector')
  setLanguage(presenterLanguage(display.language, appLanguage))
}
