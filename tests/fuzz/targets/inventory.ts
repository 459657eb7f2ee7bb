// The inventory import under fuzzing: every upload is previewed; one that can be imported is
// often committed and then undone. A refused preview or commit writes nothing; a preview writes
// nothing at all; a commit writes what the preview promised; planted text is stored as written
// (its documented normalization aside); undo puts the inventory back as it was.
import { createInventoryService } from '../../../src/main/services/inventory'
import { unneutralizedCell } from '../../../src/shared/spreadsheet/cells'
import { importCommitSchema, importPreviewSchema, type ImportCommit, type ImportPreview } from '../../../src/shared/inventory/model'
import { countOf, fingerprint, messageOf, names, tempStore, unclearError } from '../checks'
import { keptText } from '../mutate'
import { seeds } from '../seeds'
import { tally, untallied, type FuzzTarget } from '../target'
import { inventoryCase, TEXT_COLUMNS, type InventoryCase } from './inventory-cases'

const INVENTORY_TABLES = ['organization', 'service']

export const inventoryTarget: FuzzTarget<InventoryCase> = {
  name: 'inventory',
  weight: 5,
  arbitrary: inventoryCase,
  describe: (input) =>
    `${input.label}${input.commit ? `, committed (skipRejected ${input.skipRejected}, endNoLongerListed ${input.endNoLongerListed})` : ', previewed'}`,
  open() {
    const { store, close } = tempStore()
    const db = store.db
    let now = Date.parse('2026-11-23T12:00:00.000Z')
    const inventory = createInventoryService(db, () => new Date(now))
    const { imports } = inventory
    const subject = untallied()
    // A baseline from the same sources, so the cases also update records and find services no longer listed.
    for (const files of [seeds().packages[0]!, [seeds().csv[0]!]]) imports.commit(imports.preview(files).previewId, { skipRejected: true, endNoLongerListed: false })

    function check(input: InventoryCase): string | undefined {
      now += 60_000
      const files = [...input.files.map((f) => f.name), `${input.files.length} files`, 'the chosen files', '(no file)']
      const before = fingerprint(db)
      let preview: ImportPreview
      try {
        preview = imports.preview(input.files)
      } catch (error) {
        tally(subject, 'refused', messageOf(error))
        return unclearError(error, files) ?? (fingerprint(db) !== before ? 'a refused preview changed the database' : undefined)
      }
      if (fingerprint(db) !== before) return 'the preview changed the database'
      const shape = importPreviewSchema.safeParse(preview)
      if (!shape.success) return `the preview is outside the contract: ${shape.error.message.slice(0, 300)}`
      const unnamed = [...preview.problems, ...preview.notes].find((p) => !names(files, p.file))
      if (unnamed) return `a problem names "${unnamed.file}", not a file of the upload`
      if (!preview.canImport || !input.commit) {
        tally(subject, preview.canImport ? 'previewed' : 'nothing to import', preview.problems[0]?.reason ?? '')
        return undefined
      }
      return committed(input, preview, before)
    }

    function committed(input: InventoryCase, preview: ImportPreview, before: string): string | undefined {
      const counts = { services: countOf(db, 'service'), organizations: countOf(db, 'organization') }
      const inventoryBefore = fingerprint(db, INVENTORY_TABLES)
      let result: ImportCommit
      try {
        result = imports.commit(preview.previewId, { skipRejected: input.skipRejected, endNoLongerListed: input.endNoLongerListed })
      } catch (error) {
        const wanted = !input.skipRejected && preview.problemCount > 0
        tally(subject, 'commit refused', messageOf(error))
        const unclear = unclearError(error, [preview.file])
        if (unclear) return unclear
        if (!wanted) return `a commit the preview allowed was refused: ${(error as Error).message}`
        return fingerprint(db) !== before ? 'a refused commit changed the database' : undefined
      }
      if (!input.skipRejected && preview.problemCount > 0) return 'rows the preview rejected were imported without skipping them'
      const shape = importCommitSchema.safeParse(result)
      if (!shape.success) return `the commit result is outside the contract: ${shape.error.message.slice(0, 300)}`
      const problem = promiseKept(input, preview, result, counts) ?? plantedKept(input, preview)
      if (problem) return problem
      tally(subject, input.planted ? 'imported with planted text' : 'imported', preview.problems[0]?.reason ?? '')
      try {
        imports.undo(result.importId)
      } catch (error) {
        return `undo failed: ${(error as Error).message}`
      }
      return fingerprint(db, INVENTORY_TABLES) === inventoryBefore ? undefined : 'undo did not put the inventory back as it was'
    }

    function promiseKept(input: InventoryCase, preview: ImportPreview, result: ImportCommit, counts: { services: number; organizations: number }): string | undefined {
      if (JSON.stringify(result.counts) !== JSON.stringify(preview.services)) return `the commit counted ${JSON.stringify(result.counts)} where the preview promised ${JSON.stringify(preview.services)}`
      const ended = input.endNoLongerListed ? preview.noLongerListedCount : 0
      if (result.ended !== ended) return `the commit ended ${result.ended} services where the preview listed ${ended}`
      const addedServices = countOf(db, 'service') - counts.services
      const addedOrganizations = countOf(db, 'organization') - counts.organizations
      if (addedServices !== preview.services.new) return `${addedServices} services were added where the preview promised ${preview.services.new}`
      if (addedOrganizations !== preview.organizations.new) return `${addedOrganizations} organizations were added where the preview promised ${preview.organizations.new}`
      const stamp = new Date(now).toISOString()
      const written = countOf(db, 'service', 'updated_at = ?', stamp)
      const promised = preview.services.new + preview.services.updated + ended
      if (written !== promised) return `${written} services were written where the preview promised ${promised}`
      return undefined
    }

    /** Planted text is stored as written, but for control characters dropped, spaces trimmed and our own export apostrophe. */
    function plantedKept(input: InventoryCase, preview: ImportPreview): string | undefined {
      const planted = input.planted
      if (!planted) return undefined
      const organizations = inventory.repository.listOrganizations()
      if (planted.names) {
        const stamp = new Date(now).toISOString()
        const odd = organizations.find((o) => o.updatedAt === stamp && !planted.names!.includes(o.name))
        return odd ? `an organization was stored as ${JSON.stringify(odd.name.slice(0, 80))}, not as any name in the file` : undefined
      }
      if (!TEXT_COLUMNS.includes(planted.column) || preview.problems.some((p) => p.row === planted.row)) return undefined
      const expected = keptText(unneutralizedCell(planted.text))
      const services = inventory.repository.allServices()
      const stored: Record<string, string[]> = {
        description: services.map((s) => s.description),
        eligibility: services.map((s) => s.eligibility),
        service: services.map((s) => s.name),
        organization: organizations.map((o) => o.name),
        organization_contact: organizations.map((o) => o.contactPerson),
      }
      return stored[planted.column]?.includes(expected) ? undefined : `the planted ${planted.column} ${JSON.stringify(expected.slice(0, 80))} was not stored as written`
    }

    return Object.assign(subject, { check, close })
  },
}
