// An exercise session: one run of a scenario, for one community area, on one date, and who came.
import { z } from 'zod'
import { customIssue, says } from '../i18n/zod-issues'
import { areaNumberSchema } from '../community-areas'
import { ORGANIZATION_KIND_IDS } from '../inventory/taxonomy'

export const SESSION_STATUSES = ['planned', 'running', 'paused', 'finished'] as const
export const PARTICIPANT_ROLES = ['facilitator', 'evaluator', 'note-taker', 'participant', 'observer'] as const

const plain = (max: number) => z.string().trim().max(max)

export const participantSchema = z.object({
  id: z.uuid(),
  sessionId: z.uuid(),
  name: plain(200).min(1),
  organizationId: z.uuid().nullable(),
  organizationName: plain(200),
  role: z.enum(PARTICIPANT_ROLES),
  contact: plain(200),
  contactConsent: z.boolean(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
})
export type Participant = z.infer<typeof participantSchema>

export const sessionSummarySchema = z.object({
  id: z.uuid(),
  scenarioId: z.uuid(),
  title: z.string(),
  areaNumber: areaNumberSchema,
  date: z.iso.date(),
  place: z.string(),
  facilitator: z.string(),
  status: z.enum(SESSION_STATUSES),
  participantCount: z.number().int(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
})
export type SessionSummary = z.infer<typeof sessionSummarySchema>

export const sessionDraftSchema = z
  .object({
    scenarioId: z.uuid(),
    /** Values for the scenario's ${variables}, by name. */
    variables: z.record(z.string().max(60), plain(200)).default({}),
    areaNumber: areaNumberSchema,
    date: z.iso.date(says('validation.session.date')),
    place: plain(300).default(''),
    facilitator: plain(200).default(''),
  })
  .strict()
export type SessionDraft = z.output<typeof sessionDraftSchema>

export const participantDraftSchema = z
  .object({
    sessionId: z.uuid(),
    name: plain(200).min(1, says('validation.participant.name')),
    /** An organization already in the inventory… */
    organizationId: z.uuid().optional(),
    /** …or a new one, added to the inventory so the exercise graph can use it. */
    newOrganization: z.object({ name: plain(200).min(1, says('validation.participant.organizationName')), kind: z.enum(ORGANIZATION_KIND_IDS) }).strict().optional(),
    role: z.enum(PARTICIPANT_ROLES),
    contact: plain(200).default(''),
    contactConsent: z.boolean().default(false),
  })
  .strict()
  .superRefine((draft, context) => {
    if (draft.contact !== '' && !draft.contactConsent) {
      context.addIssue(customIssue(['contactConsent'], 'validation.participant.consent'))
    }
    if (draft.organizationId && draft.newOrganization) {
      context.addIssue(customIssue(['newOrganization'], 'validation.participant.organizationTwice'))
    }
  })
export type ParticipantDraft = z.output<typeof participantDraftSchema>

/** Puts this run's values into a scenario's ${variables}; unfilled ones stay as written. */
export function fillVariables(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\$\{([a-zA-Z][a-zA-Z0-9_]*)\}/g, (whole, name: string) => values[name]?.trim() || whole)
}
