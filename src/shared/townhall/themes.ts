// The starter themes a town hall begins with (the coordination center's usual concerns), and the
// inventory categories that answer each. Themes no category answers (policing, transit) are
// answered by naming the departments or organizations that do.
export const STARTER_THEMES = [
  { key: 'safety', categories: ['street-outreach', 'conflict-mediation', 'peacekeepers', 'crisis-response', 'victim-advocacy'] },
  { key: 'lighting', categories: ['street-light-out', 'alley-light-out', 'viaduct-light-out', 'vacant-lot-cleanup', 'vacant-building', 'weed-removal'] },
  { key: 'youth', categories: ['summer-jobs', 'youth-service-corps', 'transitional-jobs', 'safe-haven', 'extended-hours', 'play-streets'] },
  { key: 'mentalHealth', categories: ['trauma-counseling', 'youth-group-therapy', 'crisis-line', 'crisis-response'] },
  { key: 'policing', categories: [] },
  { key: 'housing', categories: ['emergency-relocation', 'legal-aid', 'security-rebates'] },
  { key: 'transit', categories: [] },
  { key: 'sanitation', categories: ['fly-dumping', 'abandoned-vehicle', 'graffiti-removal', 'vacant-lot-cleanup'] },
] as const satisfies readonly { key: string; categories: readonly string[] }[]

export type StarterThemeKey = (typeof STARTER_THEMES)[number]['key']
export const STARTER_THEME_KEYS = STARTER_THEMES.map((t) => t.key) as [StarterThemeKey, ...StarterThemeKey[]]
