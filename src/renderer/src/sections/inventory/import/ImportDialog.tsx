// Import into the inventory: a preview of what would change, every rejected row (which can be
// skipped on purpose, and saved to fix later), the services the source no longer lists, then
// all of it at once.
import { FileDown } from 'lucide-react'
import { useState } from 'react'
import type { CommunityArea } from '../../../../../shared/community-areas'
import type { ImportCommit, ImportPreview, ImportRemap } from '../../../../../shared/inventory/model'
import type { Category } from '../../../../../shared/inventory/taxonomy'
import { call, errorMessage } from '../../../api/client'
import { ActionButton } from '../../../components/ActionButton'
import { Dialog } from '../../../components/Dialog'
import { DialogFooter } from '../../../components/DialogFooter'
import { InlineError } from '../../../components/InlineError'
import { downloadText } from '../../../lib/download'
import { useT } from '../../../i18n/use-t'
import { ImportCounts } from './ImportCounts'
import { MappingTables } from './MappingTables'
import { uploadName } from './upload-name'
import { NoLongerListed } from './NoLongerListed'
import { ProblemTable } from './ProblemTable'

interface Props {
  preview: ImportPreview
  categories: readonly Category[]
  areas: readonly CommunityArea[]
  onClose: () => void
  onImported: (result: ImportCommit) => void
}

export function ImportDialog({ preview: first, categories, areas, onClose, onImported }: Props) {
  const t = useT()
  const [preview, setPreview] = useState(first)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | undefined>()
  const [endMissing, setEndMissing] = useState(false)
  const { services, organizations } = preview
  const good = services.new + services.updated + services.unchanged
  const skipping = preview.problemCount > 0
  const writes = services.new + services.updated + (endMissing ? preview.noLongerListedCount : 0) + organizations.new + organizations.updated

  async function commit(): Promise<void> {
    setBusy(true)
    setError(undefined)
    try {
      onImported(await call('inventory.commitImport', { previewId: preview.previewId, skipRejected: skipping, endNoLongerListed: endMissing }))
    } catch (caught) {
      setError(errorMessage(caught))
      setBusy(false)
    }
  }

  async function remap(change: Pick<ImportRemap, 'categories' | 'areas'>): Promise<void> {
    setBusy(true)
    setError(undefined)
    try {
      setPreview(await call('inventory.remapImport', { previewId: preview.previewId, ...change }))
    } catch (caught) {
      setError(errorMessage(caught))
    } finally {
      setBusy(false)
    }
  }

  async function saveSkipped(): Promise<void> {
    try {
      const { fileName, content } = await call('inventory.skippedRows', { previewId: preview.previewId })
      downloadText(fileName, content)
    } catch (caught) {
      setError(errorMessage(caught))
    }
  }

  const confirmLabel = skipping ? t('import.confirmSkipping', { good, skipped: services.rejected }) : t('import.confirm', { count: services.new + services.updated })
  return (
    <Dialog
      title={t('import.title', { file: uploadName(preview, t) })}
      onClose={onClose}
      wide
      footer={
        <DialogFooter
          onCancel={onClose}
          cancelLabel={preview.canImport ? t('common.cancel') : t('common.close')}
          confirm={preview.canImport ? { label: confirmLabel, disabled: busy || writes === 0, onClick: () => void commit() } : undefined}
        />
      }
    >
      <ImportCounts services={services} />
      <p>
        {organizations.new > 0 && t('import.newOrganizations', { count: organizations.new })}
        {organizations.updated > 0 && t('import.updatedOrganizations', { count: organizations.updated })}
      </p>
      {skipping && (
        <section aria-labelledby="import-rejected-heading">
          <h3 id="import-rejected-heading" className="import-heading">
            {preview.canImport ? t('import.rejectedRows', { count: services.rejected, good }) : t('import.nothingImportable', { count: preview.problemCount })}
          </h3>
          <ProblemTable rows={preview.problems} reasonHeading={t('import.problem')} withColumn />
          {preview.problemCount > preview.problems.length && <p className="muted">{t('import.showingFirst', { shown: preview.problems.length, count: preview.problemCount })}</p>}
          {preview.canImport && <ActionButton icon={FileDown} label={t('import.saveSkipped')} onClick={() => void saveSkipped()} />}
        </section>
      )}
      <MappingTables preview={preview} categories={categories} areas={areas} onChange={(change) => void remap(change)} />
      {preview.noLongerListedCount > 0 && <NoLongerListed preview={preview} endMissing={endMissing} onEndMissing={setEndMissing} />}
      {preview.canImport && <p>{t('import.nothingWrittenYet')}</p>}
      {preview.noteCount > 0 && (
        <details className="import-notes" open={preview.canImport && !skipping}>
          <summary>{t('import.notCarriedOver', { count: preview.noteCount })}</summary>
          <ProblemTable rows={preview.notes} reasonHeading={t('import.whatHappened')} withColumn />
        </details>
      )}
      <InlineError error={error} />
    </Dialog>
  )
}
