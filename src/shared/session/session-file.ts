// A Roundtable session file: a whole session to hand to a colleague's laptop — the scenario as it
// was run, who came (contacts only of those who consented), the room's document, the report's
// snapshot and choices, and the organizations and services its map refers to, since inventories
// differ between laptops. Read back with every problem named by its place in the file.
import { z } from 'zod'
import { customIssue } from '../i18n/zod-issues'
import { fieldIssue, issuesFromZod, type FieldIssue } from '../errors'
import { said, type Said } from '../i18n/said'
import { organizationSchema, serviceSchema } from '../inventory/model'
import { reportOptionsSchema } from '../report/options'
import { reportSnapshotSchema } from '../report/snapshot'
import { scenarioSchema } from '../scenario/schema'
import { upgradeScenarioDocument } from '../scenario/upgrade'
import { sessionDocumentSchema } from './document'
import { participantSchema, sessionSummarySchema } from './model'

export const SESSION_FILE_VERSION = 1

export const sessionFileSchema = z
  .object({
    roundtableSession: z.literal(SESSION_FILE_VERSION),
    exportedAt: z.iso.datetime(),
    session: sessionSummarySchema.omit({ participantCount: true }),
    variables: z.record(z.string().max(60), z.string().max(200)),
    scenario: scenarioSchema,
    participants: z.array(participantSchema),
    document: sessionDocumentSchema,
    organizations: z.array(organizationSchema),
    services: z.array(serviceSchema),
    reportSnapshot: reportSnapshotSchema.nullable(),
    reportOptions: reportOptionsSchema.nullable(),
  })
  .strict()
  .superRefine((file, context) => {
    file.participants.forEach((participant, index) => {
      if (participant.sessionId !== file.session.id) context.addIssue(customIssue(['participants', index, 'sessionId'], 'validation.sessionFile.otherSession'))
      if (participant.contact !== '' && !participant.contactConsent) context.addIssue(customIssue(['participants', index, 'contact'], 'validation.sessionFile.contactWithoutConsent'))
    })
  })
export type SessionFile = z.infer<typeof sessionFileSchema>

export type SessionFileRead = { ok: true; file: SessionFile } | { ok: false; problems: FieldIssue[] }

/** Reads a session file's text: the file, or each problem at its place in the file (the whole file's at path ''). */
export function readSessionFile(text: string): SessionFileRead {
  let json: unknown
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    return refused(said('sessionFile.problem.notJson'))
  }
  if (typeof json !== 'object' || json === null || !('roundtableSession' in json)) return refused(said('sessionFile.problem.noVersion'))
  const version = (json as { roundtableSession: unknown }).roundtableSession
  if (typeof version === 'number' && version > SESSION_FILE_VERSION) return refused(said('sessionFile.problem.tooNew', { version }))
  // The scenario inside may be of an older format: upgraded as the library upgrades files.
  const scenario = upgradeScenarioDocument((json as { scenario?: unknown }).scenario)
  if (!scenario.ok) return { ok: false, problems: [fieldIssue('scenario', scenario.reason)] }
  const parsed = sessionFileSchema.safeParse({ ...json, scenario: scenario.document })
  if (!parsed.success) return { ok: false, problems: issuesFromZod(parsed.error) }
  return { ok: true, file: parsed.data }
}

const refused = (reason: Said): SessionFileRead => ({ ok: false, problems: [fieldIssue('', reason)] })
