// The app's languages by their own names ("English", "Español"), as a language switch offers
// them, so each reader finds theirs whatever the screen speaks now.
export const LANGUAGE_LABELS = { en: 'English', es: 'Español' } as const
