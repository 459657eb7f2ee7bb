// The resource inventory: organizations and the services they provide, categories, imports
// (previewed, then written all or nothing) and exports.
import { z } from 'zod'
import { says } from '../i18n/zod-issues'
import {
  categoryDraftSchema,
  categorySchema,
  importCommitSchema,
  importRemapSchema,
  importUndoSchema,
  importPreviewSchema,
  organizationDraftSchema,
  organizationSchema,
  serviceDraftSchema,
  serviceFilterSchema,
  serviceListItemSchema,
  serviceSchema,
} from '../inventory/model'
import { importJobSchema } from '../inventory/import-job'
import { byId, noInput, textFileSchema, uploadRefSchema, uploadSchema, type CallTable } from './common'

const organizationWithServices = z.object({ organization: organizationSchema, services: z.array(serviceSchema) })

export const inventoryCalls = {
  'inventory.listServices': {
    input: serviceFilterSchema,
    output: z.object({ items: z.array(serviceListItemSchema), total: z.number().int() }),
  },
  'inventory.getService': { input: byId, output: serviceSchema },
  /** The services on an exercise map, in one trip; ids no longer in the inventory are left out. */
  'inventory.servicesByIds': {
    input: z.object({ ids: z.array(z.uuid()).max(5000) }).strict(),
    output: z.array(serviceListItemSchema),
  },
  'inventory.saveService': { input: serviceDraftSchema, output: serviceSchema },
  'inventory.deleteService': { input: byId, output: serviceSchema },
  'inventory.restoreService': { input: z.object({ service: serviceSchema }).strict(), output: serviceSchema },
  'inventory.saveOrganization': { input: organizationDraftSchema, output: organizationSchema },
  'inventory.deleteOrganization': { input: byId, output: organizationWithServices },
  'inventory.restoreOrganization': { input: organizationWithServices.strict(), output: organizationSchema },
  'inventory.listCategories': { input: noInput, output: z.array(categorySchema) },
  'inventory.addCategory': { input: categoryDraftSchema, output: categorySchema },
  'inventory.listOrganizations': {
    input: noInput,
    output: z.array(organizationSchema.extend({ serviceCount: z.number().int() })),
  },
  'inventory.previewImport': {
    input: z
      .object({
        files: z
          .array(z.union([uploadSchema, uploadRefSchema]))
          .min(1, says('validation.upload.chooseFile'))
          .max(60, says('validation.upload.tooMany'))
          .refine(
            (files) => files.reduce((sum, f) => sum + ('contentBase64' in f ? f.contentBase64.length : 0), 0) <= 70_000_000,
            says('validation.upload.tooLargeTogether'),
          ),
      })
      .strict(),
    output: importJobSchema,
  },
  'inventory.importJob': { input: z.object({ jobId: z.uuid() }).strict(), output: importJobSchema },
  'inventory.cancelImport': { input: z.object({ jobId: z.uuid() }).strict(), output: z.object({ cancelled: z.boolean() }) },
  'inventory.commitImport': {
    input: z.object({ previewId: z.uuid(), skipRejected: z.boolean().default(false), endNoLongerListed: z.boolean().default(false) }).strict(),
    output: importCommitSchema,
  },
  'inventory.remapImport': { input: importRemapSchema, output: importPreviewSchema },
  'inventory.undoImport': { input: z.object({ importId: z.uuid() }).strict(), output: importUndoSchema },
  'inventory.skippedRows': { input: z.object({ previewId: z.uuid() }).strict(), output: textFileSchema },
  'inventory.exportCsv': { input: noInput, output: textFileSchema },
  'inventory.exportHsds': { input: noInput, output: z.object({ fileName: z.string(), contentBase64: z.string() }) },
  'inventory.csvTemplate': { input: noInput, output: textFileSchema },
  'inventory.removeStarter': {
    input: noInput,
    output: z.object({ services: z.number().int(), organizations: z.number().int() }),
  },
} as const satisfies CallTable
