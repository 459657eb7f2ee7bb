// "@" and a few letters at the end of what is being typed: naming who said it, from the keyboard.
import type { Participant } from '../../../../../shared/session/model'

export interface Named {
  id: string
  name: string
}

/** The letters typed after the last "@" that starts a word at the end of the text, if any. */
export function mentionQuery(text: string): string | undefined {
  const match = /(?:^|\s)@([^\s@][^@]{0,40})?$/.exec(text)
  if (!match) return undefined
  return match[1] ?? ''
}

/** The organizations whose name has a word starting with the query (case and accents aside). */
export function mentionMatches(query: string, organizations: readonly Named[], limit = 5): Named[] {
  const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
  const wanted = fold(query.trim())
  return organizations.filter((o) => wanted === '' || fold(o.name).split(/[\s\-(]+/).some((word) => word.startsWith(wanted)) || fold(o.name).startsWith(wanted)).slice(0, limit)
}

/** The text without the "@query" just used to pick someone. */
export function withoutMention(text: string): string {
  return text.replace(/(^|\s)@[^@]*$/, '$1').trimEnd()
}

/** Those who can be named: the organizations of the people signed in, once each, by name. */
export function signedInOrganizations(participants: readonly Pick<Participant, 'organizationId' | 'organizationName'>[]): Named[] {
  const byId = new Map<string, string>()
  for (const p of participants) if (p.organizationId && !byId.has(p.organizationId)) byId.set(p.organizationId, p.organizationName)
  return [...byId].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name))
}
