// How the app looks on this laptop: the colour theme (light, dark, or as the computer is set), and
// the presenter view's own theme and language, which a bilingual room may set apart from the console's.

export const THEME_CHOICES = ['system', 'light', 'dark'] as const
export type ThemeChoice = (typeof THEME_CHOICES)[number]

/** `standard` wears the app's theme; `projector` is white and yellow on black for a washed-out beam. */
export const PRESENTER_THEMES = ['standard', 'projector'] as const
export type PresenterTheme = (typeof PRESENTER_THEMES)[number]

/** `app` speaks the app's language; otherwise the presenter's UI speaks this one. */
export const PRESENTER_LANGUAGES = ['app', 'en', 'es'] as const
export type PresenterLanguage = (typeof PRESENTER_LANGUAGES)[number]
