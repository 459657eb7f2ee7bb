// The API contract: every call the renderer may make, declared once with its input and output.
// Electron IPC, the HTTP bridge, the typed client and the tests all derive from this table.
import { z } from 'zod'
import { CALL_NAMES } from './bridge'
import { areaNumberSchema, communityAreaSchema } from './community-areas'
import { scenarioFilterSchema, scenarioImportResultSchema, scenarioSummarySchema } from './scenario/library'
import { scenarioSchema } from './scenario/schema'
import { sessionChangeSchema, sessionDocumentSchema } from './session/document'
import { participantDraftSchema, participantSchema, SESSION_STATUSES, sessionDraftSchema, sessionSummarySchema } from './session/model'
import {
  categoryDraftSchema,
  categorySchema,
  importCountsSchema,
  importPreviewSchema,
  organizationDraftSchema,
  organizationSchema,
  serviceDraftSchema,
  serviceFilterSchema,
  serviceListItemSchema,
  serviceSchema,
} from './inventory/model'
import { noticeSchema } from './notices'

export { noticeSchema, type Notice } from './notices'

export const appInfoSchema = z.object({
  version: z.string(),
  runtime: z.enum(['electron', 'browser']),
  dataDir: z.string(),
  databaseFile: z.string(),
  schemaVersion: z.number().int(),
  notices: z.array(noticeSchema),
})
export type AppInfo = z.infer<typeof appInfoSchema>

const textFileSchema = z.object({ fileName: z.string().min(1), content: z.string() })

/** A file picked in the renderer, sent whole: browsers give no paths. */
const uploadSchema = z
  .object({
    fileName: z.string().trim().min(1).max(255),
    contentBase64: z
      .string()
      .max(70_000_000, 'The file is larger than 50 MB, the most Roundtable reads at once. Split it into smaller files.')
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'The file content must be base64.'),
  })
  .strict()

const searchText = z.string().trim().max(200, 'Search text can be at most 200 characters.')

export const contract = {
  'app.info': {
    input: z.object({}).strict(),
    output: appInfoSchema,
  },
  'areas.list': {
    input: z
      .object({
        query: searchText.default(''),
        focusOnly: z.boolean().default(false),
      })
      .strict(),
    output: z.object({
      areas: z.array(communityAreaSchema),
      totalCount: z.number().int(),
      focusCount: z.number().int(),
    }),
  },
  'areas.setFocus': {
    input: z.object({ number: areaNumberSchema, isFocus: z.boolean() }).strict(),
    output: communityAreaSchema,
  },
  'inventory.listServices': {
    input: serviceFilterSchema,
    output: z.object({ items: z.array(serviceListItemSchema), total: z.number().int() }),
  },
  'inventory.getService': {
    input: z.object({ id: z.uuid() }).strict(),
    output: serviceSchema,
  },
  /** The services on an exercise map, in one trip; ids no longer in the inventory are left out. */
  'inventory.servicesByIds': {
    input: z.object({ ids: z.array(z.uuid()).max(5000) }).strict(),
    output: z.array(serviceListItemSchema),
  },
  'inventory.saveService': {
    input: serviceDraftSchema,
    output: serviceSchema,
  },
  'inventory.deleteService': {
    input: z.object({ id: z.uuid() }).strict(),
    output: serviceSchema,
  },
  'inventory.restoreService': {
    input: z.object({ service: serviceSchema }).strict(),
    output: serviceSchema,
  },
  'inventory.saveOrganization': {
    input: organizationDraftSchema,
    output: organizationSchema,
  },
  'inventory.deleteOrganization': {
    input: z.object({ id: z.uuid() }).strict(),
    output: z.object({ organization: organizationSchema, services: z.array(serviceSchema) }),
  },
  'inventory.restoreOrganization': {
    input: z.object({ organization: organizationSchema, services: z.array(serviceSchema) }).strict(),
    output: organizationSchema,
  },
  'inventory.listCategories': {
    input: z.object({}).strict(),
    output: z.array(categorySchema),
  },
  'inventory.addCategory': {
    input: categoryDraftSchema,
    output: categorySchema,
  },
  'inventory.listOrganizations': {
    input: z.object({}).strict(),
    output: z.array(organizationSchema.extend({ serviceCount: z.number().int() })),
  },
  'inventory.previewImport': {
    input: z
      .object({
        files: z
          .array(uploadSchema)
          .min(1, 'Choose a file to import.')
          .max(60, 'Choose at most 60 files at once.')
          .refine(
            (files) => files.reduce((sum, f) => sum + f.contentBase64.length, 0) <= 70_000_000,
            'The files together are larger than 50 MB, the most Roundtable reads at once.',
          ),
      })
      .strict(),
    output: importPreviewSchema,
  },
  'inventory.commitCsvImport': {
    input: z.object({ previewId: z.uuid() }).strict(),
    output: importCountsSchema,
  },
  'inventory.exportCsv': {
    input: z.object({}).strict(),
    output: textFileSchema,
  },
  'inventory.exportHsds': {
    input: z.object({}).strict(),
    output: z.object({ fileName: z.string(), contentBase64: z.string() }),
  },
  'inventory.csvTemplate': {
    input: z.object({}).strict(),
    output: textFileSchema,
  },
  'inventory.removeStarter': {
    input: z.object({}).strict(),
    output: z.object({ services: z.number().int(), organizations: z.number().int() }),
  },
  'scenarios.list': {
    input: scenarioFilterSchema,
    output: z.array(scenarioSummarySchema),
  },
  'scenarios.get': {
    input: z.object({ id: z.uuid() }).strict(),
    output: z.object({ scenario: scenarioSchema, summary: scenarioSummarySchema }),
  },
  'scenarios.save': {
    input: z.object({ scenario: scenarioSchema }).strict(),
    output: z.object({ scenario: scenarioSchema, copied: z.boolean() }),
  },
  'scenarios.import': {
    input: z.object({ files: z.array(uploadSchema).min(1).max(100) }).strict(),
    output: scenarioImportResultSchema,
  },
  'scenarios.export': {
    input: z.object({ ids: z.array(z.uuid()).min(1).max(500) }).strict(),
    output: textFileSchema,
  },
  'scenarios.duplicate': {
    input: z.object({ id: z.uuid() }).strict(),
    output: scenarioSummarySchema,
  },
  'scenarios.remove': {
    input: z.object({ id: z.uuid() }).strict(),
    output: scenarioSummarySchema,
  },
  'scenarios.restore': {
    input: z.object({ id: z.uuid() }).strict(),
    output: scenarioSummarySchema,
  },
  'scenarios.situationManual': {
    input: z
      .object({
        id: z.uuid(),
        audience: z.enum(['participant', 'facilitator']),
        language: z.enum(['en', 'es']),
        variables: z.record(z.string().max(60), z.string().max(200)).optional(),
      })
      .strict(),
    output: textFileSchema,
  },
  'sessions.create': {
    input: sessionDraftSchema,
    output: sessionSummarySchema,
  },
  'sessions.list': {
    input: z.object({ status: z.enum(SESSION_STATUSES).optional() }).strict(),
    output: z.array(sessionSummarySchema),
  },
  'sessions.get': {
    input: z.object({ id: z.uuid() }).strict(),
    output: z.object({
      session: sessionSummarySchema,
      scenario: scenarioSchema,
      variables: z.record(z.string(), z.string()),
      participants: z.array(participantSchema),
    }),
  },
  'sessions.setStatus': {
    input: z.object({ id: z.uuid(), status: z.enum(SESSION_STATUSES) }).strict(),
    output: sessionSummarySchema,
  },
  'sessions.addParticipant': {
    input: participantDraftSchema,
    output: participantSchema,
  },
  'sessions.removeParticipant': {
    input: z.object({ id: z.uuid() }).strict(),
    output: participantSchema,
  },
  'sessions.state': {
    input: z.object({ id: z.uuid() }).strict(),
    output: z.object({ revision: z.number().int(), document: sessionDocumentSchema }),
  },
  'sessions.applyChange': {
    input: sessionChangeSchema,
    output: z.object({ revision: z.number().int() }),
  },
  'exercise.suggest': {
    input: z
      .object({
        need: z
          .object({
            id: z.string().max(80),
            category: z.string().max(60),
            areaNumber: areaNumberSchema,
            when: z.string().max(200),
            language: z.string().max(10).optional(),
            amount: z.object({ value: z.number().positive(), unit: z.string().max(60) }).strict().optional(),
            urgency: z.enum(['low', 'medium', 'high', 'critical']),
          })
          .strict(),
        linkedResourceIds: z.array(z.uuid()).max(200),
        hasLead: z.boolean(),
      })
      .strict(),
    output: z.array(z.object({ resourceId: z.uuid(), name: z.string(), organizationName: z.string(), closes: z.array(z.string()) })),
  },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>

export type Contract = typeof contract
export type CallName = keyof Contract
/** What a caller passes (defaults may be left out). */
export type CallInput<K extends CallName> = z.input<Contract[K]['input']>
/** What a handler receives, after validation and defaults. */
export type ParsedInput<K extends CallName> = z.output<Contract[K]['input']>
export type CallOutput<K extends CallName> = z.output<Contract[K]['output']>

type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
// Fails to compile when a call is added to the contract but not to CALL_NAMES, or the reverse.
const callNamesMatchContract: SameKeys<CallName, (typeof CALL_NAMES)[number]> = true
void callNamesMatchContract

export function isCallName(name: string): name is CallName {
  return Object.hasOwn(contract, name)
}

/** The server side of the contract: one handler per call. */
export type Handlers = {
  [K in CallName]: (input: ParsedInput<K>) => CallOutput<K> | Promise<CallOutput<K>>
}
