// What a running session holds, as one document that changes by immer patches: the revealed
// injects, the clock, notes, action items, evaluations and the graph. Every patch is saved at
// once (a journal), so a crash loses nothing, and undo is the inverse patches applied forward.
import { z } from 'zod'
import { says } from '../i18n/zod-issues'
import { changeFields } from '../journal/change'
import { parseSchedule } from '../inventory/schedule'

const id = z.string().min(1).max(80)
const at = z.iso.datetime()
const text = (max: number) => z.string().max(max)

/** What the room said: strengths and areas for improvement feed the after-action report's analysis, tied to an objective. */
export const captureKinds = ['note', 'decision', 'observation', 'strength', 'improvement', 'parking-lot'] as const
/** The improvement plan's capability elements (HSEEP): where a corrective action sits. */
export const capabilityElements = ['planning', 'organization', 'equipment', 'training', 'exercise'] as const

export const sessionDocumentSchema = z
  .object({
    /** The module the room is on (shown on the projector too). */
    currentModuleId: id.optional(),
    revealed: z.array(z.object({ moduleId: id, injectId: id, at }).strict()),
    /** Reveal injects by themselves when their time offset comes on the session clock. */
    autoReveal: z.boolean().optional(),
    /** Where the session clock stood (ms) when each module was first entered. */
    moduleStarts: z.record(id, z.number().int().min(0)).optional(),
    clock: z.object({ running: z.boolean(), startedAt: at.optional(), elapsedMs: z.number().int().min(0) }).strict(),
    entries: z.array(
      z
        .object({
          id,
          kind: z.enum(captureKinds),
          text: text(20_000),
          moduleId: id.optional(),
          injectId: id.optional(),
          /** Who said or decided it: one of the organizations signed in. */
          organizationId: id.optional(),
          /** The objective a strength or an area for improvement is about. */
          objectiveId: id.optional(),
          at,
        })
        .strict(),
    ),
    actionItems: z.array(
      z
        .object({
          id,
          what: text(2000),
          ownerOrganizationId: id.optional(),
          ownerName: text(200),
          due: z.iso.date().optional(),
          priority: z.enum(['low', 'medium', 'high']),
          status: z.enum(['open', 'in-progress', 'done']),
          /** The improvement plan's columns: where the action sits, who to call about it, when it starts. */
          capabilityElement: z.enum(capabilityElements).optional(),
          pointOfContact: text(200).optional(),
          start: z.iso.date().optional(),
          at,
        })
        .strict(),
    ),
    evaluations: z.array(z.object({ objectiveId: id, rating: z.enum(['P', 'S', 'M', 'U']), reason: text(5000), at }).strict()),
    graph: z
      .object({
        nodes: z.array(
          z
            .object({
              id,
              kind: z.enum(['need', 'organization', 'resource']),
              refId: id,
              x: z.number().finite(),
              y: z.number().finite(),
              /** Moved by hand: Arrange leaves it where it is unless asked to include it. */
              pinned: z.boolean().optional(),
            })
            .strict(),
        ),
        edges: z.array(
          z
            .object({
              id,
              kind: z.enum(['provides', 'covers', 'refers', 'coordinates', 'leads']),
              source: id,
              target: id,
              amount: z.number().nonnegative().optional(),
              /** The hours a resource is committed for ("Sat 20:00-02:00"), in the inventory's hours format. */
              when: text(200)
                .refine((value) => parseSchedule(value).ok, says('validation.link.when'))
                .optional(),
              /** A resource of another category than the need counts for it: the facilitator said so. */
              counts: z.literal(true).optional(),
            })
            .strict(),
        ),
      })
      .strict(),
  })
  .strict()
export type SessionDocument = z.infer<typeof sessionDocumentSchema>

export function emptySessionDocument(): SessionDocument {
  return { revealed: [], clock: { running: false, elapsedMs: 0 }, entries: [], actionItems: [], evaluations: [], graph: { nodes: [], edges: [] } }
}

/** One change of the document: what the facilitator did, and how to take it back. */
export const sessionChangeSchema = z.object({ sessionId: z.uuid(), ...changeFields }).strict()
export type SessionChange = z.infer<typeof sessionChangeSchema>
