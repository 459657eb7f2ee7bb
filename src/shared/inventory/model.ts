// The inventory's records: organizations (stakeholders) and the services (resources) they provide.
import { z } from 'zod'
import { customIssue, says } from '../i18n/zod-issues'
import { areaNumberSchema } from '../community-areas'
import { scheduleSchema } from './schedule'
import { hasControlCharacters } from './cell-safety'
import { importProblemSchema } from './import-problem'
import { CATEGORY_GROUP_IDS, ORGANIZATION_KIND_IDS } from './taxonomy'

export const SERVICE_STATUSES = ['active', 'paused', 'ended'] as const
export const CAPACITY_PERIODS = ['day', 'week', 'month'] as const

const text = (max: number) => z.string().max(max)
// Markup and formula-like text are kept as typed (shown as text, neutralized in exports);
// only characters no keyboard makes are refused.
const CONTROL_MESSAGE = says('validation.controlCharacters')
const isoDate = z.iso.date()

export const organizationSchema = z.object({
  id: z.uuid(),
  name: text(200).min(1),
  kind: z.enum(ORGANIZATION_KIND_IDS),
  description: text(5000),
  contactPerson: text(200),
  phone: text(50),
  email: text(200),
  languages: z.array(z.string()),
  areaNumbers: z.array(areaNumberSchema),
  citywide: z.boolean(),
  notes: text(5000),
  /** Where the record came from: "manual" or the name of the imported file. */
  source: text(300),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
})
export type Organization = z.infer<typeof organizationSchema>

export const capacitySchema = z.object({
  amount: z.number().nonnegative(),
  unit: text(60).min(1),
  period: z.enum(CAPACITY_PERIODS),
})
export type Capacity = z.infer<typeof capacitySchema>

export const serviceSchema = z.object({
  id: z.uuid(),
  organizationId: z.uuid(),
  name: text(200).min(1),
  category: z.string().min(1),
  description: text(5000),
  areaNumbers: z.array(areaNumberSchema),
  citywide: z.boolean(),
  capacity: capacitySchema.nullable(),
  currentLoad: z.number().nonnegative().nullable(),
  schedule: scheduleSchema,
  languages: z.array(z.string()),
  minAge: z.number().int().min(0).max(120).nullable(),
  maxAge: z.number().int().min(0).max(120).nullable(),
  eligibility: text(2000),
  responseTime: text(200),
  /** Hours until it can start helping (0 = at once), read from responseTime or set by hand; null = unknown. */
  responseHours: z.number().nonnegative().max(100_000).nullable(),
  status: z.enum(SERVICE_STATUSES),
  lastVerified: isoDate.nullable(),
  source: text(300),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
})
export type Service = z.infer<typeof serviceSchema>

/** A service as the inventory table lists it: with its provider's name. */
export const serviceListItemSchema = serviceSchema.extend({ organizationName: z.string() })
export type ServiceListItem = z.infer<typeof serviceListItemSchema>

export const SERVICE_SORTS = ['name', 'organization', 'category', 'status', 'lastVerified', 'capacity'] as const

/** What the inventory table asks for: filters, a sort, and one page. */
export const serviceFilterSchema = z
  .object({
    query: z.string().trim().max(200).default(''),
    organizationId: z.uuid().optional(),
    /** Serves this community area (citywide services count). */
    areaNumber: areaNumberSchema.optional(),
    category: z.string().max(60).optional(),
    language: z.string().max(10).optional(),
    /** Open at this weekday (0 = Monday) and minute after midnight. */
    availableAt: z.object({ day: z.number().int().min(0).max(6), minute: z.number().int().min(0).max(1439) }).optional(),
    status: z.enum(SERVICE_STATUSES).optional(),
    /** Only services not verified in this many months (or never). */
    staleMonths: z.number().int().min(1).max(120).optional(),
    sort: z.enum(SERVICE_SORTS).default('name'),
    direction: z.enum(['asc', 'desc']).default('asc'),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict()
export type ServiceFilter = z.output<typeof serviceFilterSchema>
export type ServiceFilterInput = z.input<typeof serviceFilterSchema>

export { importProblemSchema }

export const importCountsSchema = z.object({
  new: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  rejected: z.number().int(),
})
export type ImportCounts = z.infer<typeof importCountsSchema>

/** How a term got its category or area: from the last import of the source, suggested, chosen now, or none. */
export const MAPPING_HOWS = ['remembered', 'suggested', 'chosen', 'none'] as const

/** The facilitator's choices in an import's mapping tables, by term key. */
export const importRemapSchema = z
  .object({
    previewId: z.uuid(),
    categories: z.array(z.object({ key: z.string().max(400), categoryId: z.string().min(1).max(60) }).strict()).max(5000).default([]),
    areas: z.array(z.object({ key: z.string().max(400), target: z.union([areaNumberSchema, z.literal('citywide'), z.null()]) }).strict()).max(5000).default([]),
  })
  .strict()
export type ImportRemap = z.output<typeof importRemapSchema>

export const importPreviewSchema = z.object({
  previewId: z.string(),
  /** The file, or for several "N files" (the page words that itself: see fileCount). */
  file: z.string(),
  fileCount: z.number().int(),
  services: importCountsSchema,
  organizations: z.object({ new: z.number().int(), updated: z.number().int() }),
  /** Every rejected row's problems (the first 1,000; `problemCount` has them all). */
  problems: z.array(importProblemSchema),
  problemCount: z.number().int(),
  /** What imports with something left behind (an unknown area, an unreadable schedule…). */
  notes: z.array(importProblemSchema),
  noteCount: z.number().int(),
  /** roundtable-csv, hsds-package or hsds-json. */
  format: z.string(),
  /** Where the records come from: the package's dataset name, else the file's name. */
  source: z.string(),
  /** Services an earlier import from this source brought in that it no longer lists (the first 200). */
  noLongerListed: z.array(z.object({ id: z.uuid(), name: z.string(), organizationName: z.string() })),
  noLongerListedCount: z.number().int(),
  /** The source's words with no Roundtable category, one row each, with the category chosen for it. */
  categoryTerms: z.array(
    z.object({
      key: z.string(),
      term: z.string(),
      /** A taxonomy term of the source, or (with none) a service's own name. */
      fromTaxonomy: z.boolean(),
      categoryId: z.string(),
      how: z.enum(MAPPING_HOWS),
      /** Why it was suggested, in a few English words (empty unless suggested). */
      because: z.string(),
      /** The same as data, for the page to word: the phrases that weighed most, and where they were found. */
      evidence: z.array(z.object({ words: z.string(), field: z.enum(['term', 'name', 'description']) })),
      serviceCount: z.number().int(),
      /** A few of the services it covers, by name. */
      examples: z.array(z.string()),
    }),
  ),
  /** The source's area names that are no community area, one row each, with where each goes. */
  areaTerms: z.array(
    z.object({
      key: z.string(),
      term: z.string(),
      target: z.union([areaNumberSchema, z.literal('citywide'), z.null()]),
      how: z.enum(MAPPING_HOWS),
      serviceCount: z.number().int(),
    }),
  ),
  /** Something can be written: the good rows (the rejected ones are skipped only when asked). */
  canImport: z.boolean(),
})
export type ImportPreview = z.infer<typeof importPreviewSchema>

export const importCommitSchema = z.object({
  counts: importCountsSchema,
  /** Services no longer listed by the source that were marked ended. */
  ended: z.number().int(),
  /** Undoes this import (inventory.undoImport) while the app runs. */
  importId: z.uuid(),
})
export type ImportCommit = z.infer<typeof importCommitSchema>

export const importUndoSchema = z.object({
  restored: z.number().int(),
  /** Records edited after the import, left as they are now. */
  keptEdited: z.number().int(),
})
export type ImportUndo = z.infer<typeof importUndoSchema>

/** What the add/edit form sends: a service without its bookkeeping (id only when editing). */
export const serviceDraftSchema = serviceSchema
  .omit({ id: true, createdAt: true, updatedAt: true, source: true })
  .extend({
    id: z.uuid().optional(),
    name: z.string().trim().min(1, says('validation.service.name')).max(200),
    category: z.string().min(1, says('validation.category.choose')).max(60),
  })
  .strict()
  .superRefine((draft, context) => {
    if (draft.minAge !== null && draft.maxAge !== null && draft.minAge > draft.maxAge) {
      context.addIssue(customIssue(['maxAge'], 'validation.service.agesReversed', { min: draft.minAge }))
    }
    if (!draft.citywide && draft.areaNumbers.length === 0) {
      context.addIssue(customIssue(['areaNumbers'], 'validation.service.areas'))
    }
    for (const field of ['name', 'description', 'eligibility', 'responseTime'] as const) {
      if (hasControlCharacters(draft[field])) context.addIssue(customIssue([field], CONTROL_MESSAGE))
    }
  })
export type ServiceDraft = z.infer<typeof serviceDraftSchema>

/** What the organization form sends (id only when editing). */
export const organizationDraftSchema = organizationSchema
  .omit({ id: true, createdAt: true, updatedAt: true, source: true })
  .extend({
    id: z.uuid().optional(),
    name: z.string().trim().min(1, says('validation.organization.name')).max(200),
  })
  .strict()
  .superRefine((draft, context) => {
    for (const field of ['name', 'description', 'contactPerson', 'phone', 'email', 'notes'] as const) {
      if (hasControlCharacters(draft[field])) context.addIssue(customIssue([field], CONTROL_MESSAGE))
    }
    if (draft.email.trim() !== '' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(draft.email.trim())) {
      context.addIssue(customIssue(['email'], 'validation.email'))
    }
  })
export type OrganizationDraft = z.infer<typeof organizationDraftSchema>

export const categorySchema = z.object({
  id: z.string(),
  label: z.string(),
  group: z.enum(CATEGORY_GROUP_IDS),
  request311: z.string().optional(),
  custom: z.boolean().optional(),
  /** A custom category's name in Spanish (shipped ones have theirs in the catalogs). */
  labelEs: z.string().optional(),
})

export const categoryDraftSchema = z
  .object({
    label: z
      .string()
      .trim()
      .min(2, says('validation.category.name'))
      .max(80)
      .refine((label) => !hasControlCharacters(label), CONTROL_MESSAGE)
      .refine((label) => /[a-z0-9]/i.test(label), says('validation.category.letterOrDigit')),
    /** Its name in Spanish, when the facilitator gives one. */
    labelEs: z
      .string()
      .trim()
      .max(80)
      .refine((label) => !hasControlCharacters(label), CONTROL_MESSAGE)
      .optional(),
    group: z.enum(CATEGORY_GROUP_IDS),
  })
  .strict()

