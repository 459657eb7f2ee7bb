// The inventory's own buttons: add a service or an organization, import files or a folder, export, and remove the samples.
import { Download, Ellipsis, FileDown, FileUp, FolderUp, Plus, Trash2 } from 'lucide-react'
import { useRef } from 'react'
import type { ImportJob } from '../../../../../shared/inventory/import-job'
import { useT } from '../../../i18n/use-t'
import { call, errorMessage } from '../../../api/client'
import { ActionButton } from '../../../components/ActionButton'
import { downloadBase64, downloadText } from '../../../lib/download'
import { sendFiles } from '../../../api/send-files'

interface Props {
  onAddService: () => void
  onAddOrganization: () => void
  /** The files chosen are being read (their preview follows): the job, and how to name the upload. */
  onReading: (job: ImportJob, label: string) => void
  /** The sample inventory is gone (after the facilitator confirmed). */
  onStarterRemoved: (removed: { services: number; organizations: number }) => void
  /** Something failed (undefined when a new attempt starts). */
  onProblem: (message: string | undefined) => void
}

export function InventoryActions({ onAddService, onAddOrganization, onReading, onStarterRemoved, onProblem }: Props) {
  const t = useT()
  const fileInput = useRef<HTMLInputElement>(null)
  const folderInput = useRef<HTMLInputElement>(null)

  async function chooseFiles(files: readonly File[]): Promise<void> {
    onProblem(undefined)
    try {
      const uploads = await sendFiles(files)
      const label = files.length === 1 ? files[0]!.name : t('import.fileCount', { count: files.length })
      onReading(await call('inventory.previewImport', { files: uploads }), label)
    } catch (e) {
      onProblem(errorMessage(e))
    }
  }

  async function exportFile(kind: 'inventory.exportCsv' | 'inventory.csvTemplate' | 'inventory.exportHsds'): Promise<void> {
    try {
      if (kind === 'inventory.exportHsds') {
        const { fileName, contentBase64 } = await call(kind, {})
        downloadBase64(fileName, contentBase64, 'application/zip')
      } else {
        const { fileName, content } = await call(kind, {})
        downloadText(fileName, content)
      }
    } catch (e) {
      onProblem(errorMessage(e))
    }
  }

  async function removeStarter(): Promise<void> {
    if (!window.confirm(t('inventory.removeStarterConfirm'))) return
    try {
      onStarterRemoved(await call('inventory.removeStarter', {}))
    } catch (e) {
      onProblem(errorMessage(e))
    }
  }

  return (
    <div className="button-row">
      <ActionButton look="primary" icon={Plus} label={t('inventory.addService')} onClick={onAddService} />
      <ActionButton icon={Plus} label={t('inventory.addOrganization')} onClick={onAddOrganization} />
      <ActionButton icon={FileUp} label={t('inventory.import')} onClick={() => fileInput.current?.click()} />
      <ActionButton icon={FileDown} label={t('inventory.exportCsv')} onClick={() => void exportFile('inventory.exportCsv')} />
      <ActionButton icon={FileDown} label={t('inventory.exportHsds')} onClick={() => void exportFile('inventory.exportHsds')} />
      <details className="menu">
        <summary className="button quiet">
          <Ellipsis aria-hidden="true" /> {t('inventory.more')}
        </summary>
        <div className="menu-items">
          <ActionButton look="quiet" icon={FolderUp} label={t('inventory.importFolder')} onClick={() => folderInput.current?.click()} />
          <ActionButton look="quiet" icon={Download} label={t('inventory.csvTemplate')} onClick={() => void exportFile('inventory.csvTemplate')} />
          <ActionButton look="quiet" icon={Trash2} label={t('inventory.removeStarter')} onClick={() => void removeStarter()} />
        </div>
      </details>
      <input
        ref={fileInput}
        type="file"
        accept=".csv,.zip,.json,text/csv,application/zip,application/json"
        multiple
        hidden
        aria-label={t('inventory.filesToImport')}
        data-testid="inventory-file-input"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])]
          event.target.value = ''
          if (files.length > 0) void chooseFiles(files)
        }}
      />
      <input
        ref={folderInput}
        type="file"
        hidden
        aria-label={t('inventory.folderToImport')}
        {...{ webkitdirectory: '' }}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])].filter((file) => /\.(csv|json)$/i.test(file.name))
          event.target.value = ''
          if (files.length > 0) void chooseFiles(files)
        }}
      />
    </div>
  )
}
