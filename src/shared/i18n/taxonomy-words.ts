// The taxonomy's labels in a reader's language: organization kinds and shipped categories from
// the catalogs; a custom category keeps the label the facilitator gave it.
import { CATALOGS, isMessageKey, type Language } from './catalog'

export function kindLabelIn(language: Language, kind: string): string {
  const key = `orgKind.${kind}`
  return isMessageKey(key) ? CATALOGS[language][key] : kind
}

export function categoryLabelIn(language: Language, id: string, customLabel?: string): string {
  const key = `category.${id}`
  return isMessageKey(key) ? CATALOGS[language][key] : (customLabel ?? id)
}

/** A participant role as the catalogs' role message selects it ("note-taker" → noteTaker: selectors are plain words). */
export function roleSelector(role: string): string {
  return role === 'note-taker' ? 'noteTaker' : role
}
