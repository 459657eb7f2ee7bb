// How the room's items read once duplicates are merged and moderation has hidden some: groups
// (an item and the duplicates merged into it) with their counts, the themes most raised, and the
// themes with concerns that no resource answers. Pure, so the capture screen, the projector and
// the report count the same way.
import type { Theme, TownHallDocument, TownHallItem } from './document'

export interface ItemGroup {
  /** The group's first item: merges point at it; its theme, answer and follow-up are the group's. */
  lead: TownHallItem
  /** Every item in the group, the lead first, hidden ones included (their words are kept). */
  items: TownHallItem[]
  /** The items the room sees: not hidden. */
  shown: TownHallItem[]
  /** How many times it was raised: the shown items. */
  count: number
}

/** The item a merged one belongs to; an item whose lead is gone stands on its own. */
export function leadIdOf(item: TownHallItem, byId: ReadonlyMap<string, TownHallItem>): string {
  return item.mergedInto !== undefined && byId.has(item.mergedInto) ? item.mergedInto : item.id
}

/** Every group, in the order their leads were said; groups whose items are all hidden are left out unless asked. */
export function itemGroups(document: Pick<TownHallDocument, 'items'>, options: { includeHidden?: boolean } = {}): ItemGroup[] {
  const byId = new Map(document.items.map((item) => [item.id, item]))
  const groups = new Map<string, ItemGroup>()
  for (const item of document.items) {
    const leadId = leadIdOf(item, byId)
    let group = groups.get(leadId)
    if (!group) {
      group = { lead: byId.get(leadId)!, items: [], shown: [], count: 0 }
      groups.set(leadId, group)
    }
    if (item.id === leadId) group.items.unshift(item)
    else group.items.push(item)
    if (!item.hidden) {
      group.shown.push(item)
      group.count++
    }
  }
  const all = [...groups.values()]
  return options.includeHidden ? all : all.filter((group) => group.count > 0)
}

export interface ThemeCount {
  theme: Theme | undefined
  /** Items raised under the theme (shown ones, duplicates counted). */
  count: number
  groups: ItemGroup[]
}

/** Themes by how often they were raised, most first; items with no theme come last as `theme: undefined`. */
export function mostRaised(document: Pick<TownHallDocument, 'items' | 'themes'>, groups: readonly ItemGroup[] = itemGroups(document)): ThemeCount[] {
  const byTheme = new Map<string | undefined, ThemeCount>()
  const themes = new Map(document.themes.map((theme) => [theme.id, theme]))
  for (const group of groups) {
    const themeId = group.lead.themeId !== undefined && themes.has(group.lead.themeId) ? group.lead.themeId : undefined
    let entry = byTheme.get(themeId)
    if (!entry) {
      entry = { theme: themeId === undefined ? undefined : themes.get(themeId), count: 0, groups: [] }
      byTheme.set(themeId, entry)
    }
    entry.count += group.count
    entry.groups.push(group)
  }
  const themed = [...byTheme.values()].filter((e) => e.theme !== undefined).sort((a, b) => b.count - a.count || document.themes.indexOf(a.theme!) - document.themes.indexOf(b.theme!))
  const loose = byTheme.get(undefined)
  return loose ? [...themed, loose] : themed
}

/** Whether anything answers a theme: services picked for it, or departments and organizations named. */
export function hasResource(theme: Theme): boolean {
  return theme.serviceIds.length > 0 || theme.organizationIds.length > 0
}

/** Themes the room raised concerns or questions under that nothing answers: the gaps, most raised first. */
export function themeGaps(document: Pick<TownHallDocument, 'items' | 'themes'>): ThemeCount[] {
  return mostRaised(document).filter(
    (entry) => entry.theme !== undefined && !hasResource(entry.theme) && entry.groups.some((g) => g.shown.some((item) => item.kind !== 'praise')),
  )
}
