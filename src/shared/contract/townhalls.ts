// Town halls: plan them, run them (the document and its journal of changes), finish them; and
// the inventory services that answer a theme in the town hall's areas.
import { z } from 'zod'
import { serviceListItemSchema } from '../inventory/model'
import { undoHistorySchema } from '../journal/change'
import { townHallChangeSchema, townHallDocumentSchema } from '../townhall/document'
import { projectorViewSchema } from '../townhall/projector'
import { TOWN_HALL_STATUSES, townHallDraftSchema, townHallSchema } from '../townhall/model'
import { byId, noInput, type CallTable } from './common'

export const townHallCalls = {
  'townHalls.create': { input: townHallDraftSchema, output: townHallSchema },
  'townHalls.list': { input: noInput, output: z.array(townHallSchema) },
  'townHalls.get': { input: byId, output: townHallSchema },
  'townHalls.update': { input: townHallDraftSchema.extend({ id: z.uuid() }).strict(), output: townHallSchema },
  'townHalls.setStatus': { input: z.object({ id: z.uuid(), status: z.enum(TOWN_HALL_STATUSES) }).strict(), output: townHallSchema },
  'townHalls.state': { input: byId, output: z.object({ revision: z.number().int(), document: townHallDocumentSchema }) },
  /** Undo and Redo as they stood when the town hall was last open (its last steps). */
  'townHalls.undoHistory': { input: byId, output: undoHistorySchema },
  'townHalls.applyChange': { input: townHallChangeSchema, output: z.object({ revision: z.number().int() }) },
  /** What the projector shows: the question being answered, the themes with counts (polled each second). */
  'townHalls.projector': { input: byId, output: projectorViewSchema },
  /** Inventory services of a theme's categories that serve the town hall's areas (or the whole city). */
  'townHalls.suggestServices': {
    input: z.object({ id: z.uuid(), themeId: z.string().max(80) }).strict(),
    output: z.array(serviceListItemSchema),
  },
} as const satisfies CallTable
