// Themes: what the room's items are about, assigned by keyboard or drag, and what answers each
// one (inventory categories, picked services, named departments or organizations).
import { gist } from '../../journal/action'
import { defineTownHallAction, eachItemWhere, leadOn } from './action'

/** Puts items (their groups) under a theme, or under none. */
export const setItemTheme = defineTownHallAction<{ ids: string[]; themeId: string | undefined }>({
  name: 'townhall.setTheme',
  label: ({ ids }) => ({ key: 'action.townHall.setTheme', values: { count: ids.length } }),
  apply: (d, { ids, themeId }) => {
    if (themeId !== undefined && !d.themes.some((t) => t.id === themeId)) return
    for (const id of ids) {
      const lead = leadOn(d, id)
      if (!lead) continue
      if (themeId === undefined) delete lead.themeId
      else lead.themeId = themeId
    }
  },
})

export const addTheme = defineTownHallAction<{ name: string; id?: string | undefined }>({
  name: 'townhall.addTheme',
  label: ({ name }) => ({ key: 'action.townHall.addTheme', values: { name: gist(name, 40) } }),
  apply: (d, { name, id }, { now, newId }) => {
    if (name.trim() === '') return
    d.themes.push({ id: id ?? newId(), name: name.trim(), categories: [], organizationIds: [], serviceIds: [], at: now.toISOString() })
  },
})

export const renameTheme = defineTownHallAction<{ id: string; name: string }>({
  name: 'townhall.renameTheme',
  label: ({ name }) => ({ key: 'action.townHall.renameTheme', values: { name: gist(name, 40) } }),
  coalesce: ({ id }) => `edit:theme:${id}`,
  apply: (d, { id, name }) => {
    const theme = d.themes.find((t) => t.id === id)
    if (theme && name.trim() !== '') theme.name = name
  },
})

/** Removes a theme; its items go back to having none. */
export const removeTheme = defineTownHallAction<{ id: string }>({
  name: 'townhall.removeTheme',
  label: () => ({ key: 'action.townHall.removeTheme' }),
  apply: (d, { id }) => {
    const index = d.themes.findIndex((t) => t.id === id)
    if (index < 0) return
    d.themes.splice(index, 1)
    eachItemWhere(
      d,
      (item) => item.themeId === id,
      (item) => {
        delete item.themeId
      },
    )
  },
})

export type ThemeAnswerKind = 'categories' | 'organizationIds' | 'serviceIds'

/** Adds or takes away one thing that answers a theme: a category, an organization, a service. */
export const toggleThemeAnswer = defineTownHallAction<{ themeId: string; kind: ThemeAnswerKind; value: string }>({
  name: 'townhall.themeAnswer',
  label: ({ kind }) => ({ key: 'action.townHall.themeAnswer', values: { kind } }),
  apply: (d, { themeId, kind, value }) => {
    const theme = d.themes.find((t) => t.id === themeId)
    if (!theme) return
    const list = theme[kind]
    const at = list.indexOf(value)
    if (at >= 0) list.splice(at, 1)
    else list.push(value)
  },
})

