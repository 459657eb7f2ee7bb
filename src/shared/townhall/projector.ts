// What the projector shows of a town hall, and nothing more: the question being answered, how
// many wait, the themes with their counts, the attendance. Made where the document is, so the
// presenter view asks for a few hundred bytes a second rather than the whole room's words.
import { z } from 'zod'
import type { TownHallDocument } from './document'
import { themeSchema } from './document'
import { mostRaised } from './groups'
import { ROOM_LANGUAGES } from './model'

export const projectorViewSchema = z.object({
  revision: z.number().int(),
  attendance: z.number().int(),
  answering: z.object({ text: z.string(), language: z.enum(ROOM_LANGUAGES) }).nullable(),
  /** Questions waiting after the one on screen. */
  waiting: z.number().int(),
  themes: z.array(z.object({ theme: themeSchema.pick({ id: true, starter: true, name: true }), count: z.number().int() })),
})
export type ProjectorView = z.infer<typeof projectorViewSchema>

/** The projector's view of a document: hidden items never reach it, nor names or follow-ups. */
export function projectorView(document: TownHallDocument, revision: number, most = 8): ProjectorView {
  const answering = document.answering === undefined ? undefined : document.items.find((item) => item.id === document.answering && !item.hidden)
  return {
    revision,
    attendance: document.attendance,
    answering: answering ? { text: answering.text, language: answering.language } : null,
    waiting: document.queue.filter((id) => id !== document.answering).length,
    themes: mostRaised(document)
      .filter((entry) => entry.theme !== undefined && entry.count > 0)
      .slice(0, most)
      .map((entry) => ({ theme: { id: entry.theme!.id, ...(entry.theme!.starter ? { starter: entry.theme!.starter } : {}), ...(entry.theme!.name ? { name: entry.theme!.name } : {}) }, count: entry.count })),
  }
}
