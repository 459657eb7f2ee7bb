// What a town hall's room said, as one document that changes by immer patches through the shared
// journal: every item as it was typed (merging and hiding never erase a word), the themes and the
// resources that answer them, the question queue, the panel and the attendance.
import { z } from 'zod'
import { changeFields } from '../journal/change'
import { ROOM_LANGUAGES } from './model'
import { STARTER_THEME_KEYS, STARTER_THEMES } from './themes'

const id = z.string().min(1).max(80)
const at = z.iso.datetime()
const text = (max: number) => z.string().max(max)

export const ITEM_KINDS = ['concern', 'question', 'suggestion', 'praise'] as const
export type ItemKind = (typeof ITEM_KINDS)[number]

export const townHallItemSchema = z
  .object({
    id,
    text: text(5000).min(1),
    kind: z.enum(ITEM_KINDS),
    language: z.enum(ROOM_LANGUAGES),
    /** A name is kept only when the speaker agreed to it; otherwise the item is anonymous. */
    speaker: z.object({ name: text(200).min(1), consent: z.literal(true) }).strict().optional(),
    /** The table or microphone it came from ("Table 4", "Mic 2"). */
    place: text(40).optional(),
    themeId: id.optional(),
    /** Merged as a duplicate into this item (the group's first); its words, speaker and count stay. */
    mergedInto: id.optional(),
    /** Hidden by moderation: kept, but out of counts, the projector and the report. */
    hidden: z.literal(true).optional(),
    answer: z.object({ text: text(5000), panelistId: id.optional(), by: text(200), at }).strict().optional(),
    followUp: z.object({ ownerOrganizationId: id.optional(), ownerName: text(200), due: z.iso.date().optional(), at }).strict().optional(),
    at,
  })
  .strict()
export type TownHallItem = z.infer<typeof townHallItemSchema>

export const themeSchema = z
  .object({
    id,
    /** A starter theme, worded in the reader's language until it is renamed. */
    starter: z.enum(STARTER_THEME_KEYS).optional(),
    name: text(120).optional(),
    /** Inventory categories whose services answer the theme. */
    categories: z.array(text(60)).max(60),
    /** Departments or organizations that answer it (for themes no category answers). */
    organizationIds: z.array(id).max(100),
    /** Services picked as the answer to the theme. */
    serviceIds: z.array(id).max(200),
    at,
  })
  .strict()
export type Theme = z.infer<typeof themeSchema>

export const panelistSchema = z
  .object({ id, name: text(200).min(1), organizationId: id.optional(), organizationName: text(200), at })
  .strict()
export type Panelist = z.infer<typeof panelistSchema>

export const townHallDocumentSchema = z
  .object({
    items: z.array(townHallItemSchema),
    themes: z.array(themeSchema).max(200),
    /** Questions waiting for the panel, next first. */
    queue: z.array(id),
    /** The question the panel is answering now (on the projector). */
    answering: id.optional(),
    attendance: z.number().int().min(0).max(100_000),
    panel: z.array(panelistSchema).max(100),
  })
  .strict()
export type TownHallDocument = z.infer<typeof townHallDocumentSchema>

/** A new town hall's document: no items yet, the starter themes with their categories. */
export function newTownHallDocument(newId: () => string, now: Date): TownHallDocument {
  return {
    items: [],
    themes: STARTER_THEMES.map((theme) => ({ id: newId(), starter: theme.key, categories: [...theme.categories], organizationIds: [], serviceIds: [], at: now.toISOString() })),
    queue: [],
    attendance: 0,
    panel: [],
  }
}

export function emptyTownHallDocument(): TownHallDocument {
  return { items: [], themes: [], queue: [], attendance: 0, panel: [] }
}

/** One change of a town hall's document: what was done, and how to take it back. */
export const townHallChangeSchema = z.object({ townHallId: z.uuid(), ...changeFields }).strict()
export type TownHallChange = z.infer<typeof townHallChangeSchema>
