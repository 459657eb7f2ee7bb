// The inventory's calls: files arrive as base64 and leave as text or base64, named by the day.
import type { HandlersOf } from '../../../shared/contract'
import type { inventoryCalls } from '../../../shared/contract/inventory'
import type { InventoryService } from '.'
import { csvTemplate } from './csv-export'
import { removeStarterInventory } from './starter'
import type { UploadFiles } from '../upload-files'
import { chosenFiles, doneWith } from '../reading/picked-files'

/** `beforeImport`: what must happen before an import writes (a backup of the data as it was). */
export function inventoryHandlers(inventory: InventoryService, clock: () => Date, uploads?: UploadFiles, beforeImport: () => Promise<unknown> = async () => {}): HandlersOf<typeof inventoryCalls> {
  const day = () => clock().toISOString().slice(0, 10)
  return {
    'inventory.listServices': (input) => inventory.listServices(input),
    'inventory.getService': ({ id }) => inventory.getService(id),
    'inventory.servicesByIds': ({ ids }) => inventory.servicesByIds(ids),
    'inventory.saveService': (draft) => inventory.saveService(draft),
    'inventory.deleteService': ({ id }) => inventory.deleteService(id),
    'inventory.restoreService': ({ service }) => inventory.restoreService(service),
    'inventory.saveOrganization': (draft) => inventory.saveOrganization(draft),
    'inventory.deleteOrganization': ({ id }) => inventory.deleteOrganization(id),
    'inventory.restoreOrganization': ({ organization, services }) => inventory.restoreOrganization(organization, services),
    'inventory.listCategories': () => inventory.categories.all(),
    'inventory.addCategory': ({ label, group, labelEs }) => inventory.categories.add(label, group, labelEs),
    'inventory.listOrganizations': () => inventory.listOrganizations(),
    'inventory.previewImport': ({ files }) =>
      inventory.importJobs.start(
        chosenFiles(files, uploads),
        // The streamed files are deleted once read (or once reading failed or was cancelled).
        () => doneWith(files, uploads),
      ),
    'inventory.importJob': ({ jobId }) => inventory.importJobs.status(jobId),
    'inventory.cancelImport': ({ jobId }) => inventory.importJobs.cancel(jobId),
    'inventory.commitImport': async ({ previewId, ...options }) => {
      await beforeImport()
      return inventory.importJobs.commit(previewId, options)
    },
    'inventory.remapImport': (choices) => inventory.importJobs.remap(choices),
    'inventory.undoImport': ({ importId }) => inventory.imports.undo(importId),
    'inventory.skippedRows': ({ previewId }) => inventory.importJobs.skippedRows(previewId),
    'inventory.exportCsv': () => ({ fileName: `roundtable-inventory-${day()}.csv`, content: inventory.exportCsv() }),
    'inventory.exportHsds': () => ({
      fileName: `roundtable-inventory-hsds-${day()}.zip`,
      contentBase64: Buffer.from(inventory.exportHsdsPackage()).toString('base64'),
    }),
    'inventory.csvTemplate': () => ({ fileName: 'roundtable-inventory-template.csv', content: csvTemplate() }),
    'inventory.removeStarter': () => removeStarterInventory(inventory),
  }
}
