// What changed on the exercise map between two readings of it, in words for a screen reader:
// resources added or removed, links made or removed, gaps that closed or opened and how many
// reasons a gap has left. Pure: two snapshots in, catalog messages out (the caller words them).
import type { MessageKey, MessageValues } from '../i18n/catalog'
import type { MapEdgeKind } from './graph'

/** What the announcements compare: the map as the room would describe it. */
export interface MapSnapshot {
  /** The needs reached so far, with their gap state. */
  needs: readonly { id: string; label: string; covered: boolean; reasons: number }[]
  /** The resources on the map, by name. */
  resources: readonly { id: string; label: string }[]
  /** The links, each with the names of its two ends. */
  links: readonly { id: string; source: string; kind: MapEdgeKind; target: string }[]
}

export interface Announcement {
  key: MessageKey
  values: MessageValues
}

/** More changes of one kind than this are counted rather than named: announcements stay short. */
export const NAMED_AT_MOST = 3

/**
 * The announcements for going from `before` to `after`, in the order a listener needs them:
 * what the room did (added, linked, removed), then what it did to the gaps. Empty when nothing a
 * listener would care about changed (a move, a language switch, a new render).
 */
export function mapAnnouncements(before: MapSnapshot, after: MapSnapshot): Announcement[] {
  const resourcesBefore = new Set(before.resources.map((r) => r.id))
  const resourcesAfter = new Set(after.resources.map((r) => r.id))
  const linksBefore = new Set(before.links.map((l) => l.id))
  const linksAfter = new Set(after.links.map((l) => l.id))
  const needsBefore = new Map(before.needs.map((n) => [n.id, n]))

  const added = after.resources.filter((r) => !resourcesBefore.has(r.id))
  const removed = before.resources.filter((r) => !resourcesAfter.has(r.id))
  const linked = after.links.filter((l) => !linksBefore.has(l.id))
  const unlinked = before.links.filter((l) => !linksAfter.has(l.id))
  const closed: string[] = []
  const opened: string[] = []
  const fewerOrMore: Announcement[] = []
  for (const need of after.needs) {
    const was = needsBefore.get(need.id)
    // A need newly reached (the next module) is a gap the room has not yet talked about.
    if (!was) {
      if (!need.covered) opened.push(need.label)
    } else if (was.covered !== need.covered) {
      ;(need.covered ? closed : opened).push(need.label)
    } else if (!need.covered && was.reasons !== need.reasons) {
      fewerOrMore.push({ key: 'map.says.reasonsLeft', values: { need: need.label, count: need.reasons } })
    }
  }

  return [
    ...named(added, 'map.says.added', 'map.says.addedMany', (r) => ({ name: r.label })),
    ...named(linked, 'map.says.linked', 'map.says.linkedMany', linkValues),
    ...named(unlinked, 'map.says.unlinked', 'map.says.unlinkedMany', linkValues),
    ...named(removed, 'map.says.removed', 'map.says.removedMany', (r) => ({ name: r.label })),
    ...named(closed, 'map.says.gapClosed', 'map.says.gapsClosed', (need) => ({ need })),
    ...named(opened, 'map.says.gapOpened', 'map.says.gapsOpened', (need) => ({ need })),
    ...(fewerOrMore.length > NAMED_AT_MOST ? [] : fewerOrMore),
  ]
}

const linkValues = (link: MapSnapshot['links'][number]): MessageValues => ({ source: link.source, kind: link.kind, target: link.target })

/** One message per item, or one that counts them when there are too many to name. */
function named<T>(items: readonly T[], one: MessageKey, many: MessageKey, values: (item: T) => MessageValues): Announcement[] {
  if (items.length > NAMED_AT_MOST) return [{ key: many, values: { count: items.length } }]
  return items.map((item) => ({ key: one, values: values(item) }))
}
