// What the list of the room's items shows: everything, one theme (or none), the questions, or what moderation hid.
export type ListFilter = { kind: 'all' } | { kind: 'theme'; themeId: string | undefined } | { kind: 'questions' } | { kind: 'hidden' }
