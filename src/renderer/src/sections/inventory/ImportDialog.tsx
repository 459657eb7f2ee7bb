// Import a CSV: a preview of what would change and every rejected row, then all or nothing.
import { useState } from 'react'
import type { ImportPreview } from '../../../../shared/inventory/model'
import { call, errorMessage } from '../../api/client'
import { Dialog } from '../../components/Dialog'
import { DialogFooter } from '../../components/DialogFooter'

interface Props {
  preview: ImportPreview
  onClose: () => void
  onImported: (message: string) => void
}

export function ImportDialog({ preview, onClose, onImported }: Props) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | undefined>()
  const { services, organizations } = preview
  const changes = services.new + services.updated

  async function commit(): Promise<void> {
    setBusy(true)
    setError(undefined)
    try {
      const counts = await call('inventory.commitCsvImport', { previewId: preview.previewId })
      onImported(`Imported ${preview.file}: ${counts.new} new, ${counts.updated} updated, ${counts.unchanged} unchanged.`)
    } catch (caught) {
      setError(errorMessage(caught))
      setBusy(false)
    }
  }

  return (
    <Dialog
      title={`Import ${preview.file}`}
      onClose={onClose}
      wide
      footer={
        <DialogFooter
          onCancel={onClose}
          cancelLabel={preview.canImport ? 'Cancel' : 'Close'}
          confirm={
            preview.canImport
              ? { label: changes === 0 ? 'Nothing to import' : `Import ${changes.toLocaleString()} ${changes === 1 ? 'service' : 'services'}`, disabled: busy || changes === 0, onClick: () => void commit() }
              : undefined
          }
        />
      }
    >
      <dl className="import-counts">
        <div>
          <dt>New</dt>
          <dd>{services.new.toLocaleString()}</dd>
        </div>
        <div>
          <dt>Updated</dt>
          <dd>{services.updated.toLocaleString()}</dd>
        </div>
        <div>
          <dt>Unchanged</dt>
          <dd>{services.unchanged.toLocaleString()}</dd>
        </div>
        <div className={services.rejected > 0 ? 'rejected' : undefined}>
          <dt>Rejected</dt>
          <dd>{services.rejected.toLocaleString()}</dd>
        </div>
      </dl>
      <p>
        {organizations.new > 0 && `${plural(organizations.new, 'new organization')}. `}
        {organizations.updated > 0 && `${plural(organizations.updated, 'organization')} with new contact details. `}
      </p>
      {preview.canImport ? (
        <p>Nothing has been written yet. Importing applies every change at once.</p>
      ) : (
        <>
          <p className="inline-error" role="alert">
            Nothing was imported. Fix {preview.problemCount === 1 ? 'this problem' : `these ${preview.problemCount} problems`} in the file and import it again:
          </p>
          <ProblemTable rows={preview.problems} reasonHeading="Problem" withColumn />
          {preview.problemCount > preview.problems.length && (
            <p className="muted">Showing the first {preview.problems.length} of {preview.problemCount} problems.</p>
          )}
        </>
      )}
      {preview.noteCount > 0 && (
        <details className="import-notes" open={preview.canImport}>
          <summary>
            {preview.noteCount === 1 ? 'One thing' : `${preview.noteCount} things`} could not be carried over exactly
          </summary>
          <ProblemTable rows={preview.notes} reasonHeading="What happened" />
        </details>
      )}
      {error && (
        <p className="inline-error" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  )
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

/** Problems or notes of an import, each pinned to its file and row (and column, for problems). */
function ProblemTable({ rows, reasonHeading, withColumn = false }: { rows: ImportPreview['problems']; reasonHeading: string; withColumn?: boolean }) {
  return (
    <div className="problem-scroll">
      <table className="data-table problems-table">
        <thead>
          <tr>
            <th scope="col">File</th>
            <th scope="col">Row</th>
            {withColumn && <th scope="col">Column</th>}
            <th scope="col">{reasonHeading}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={index}>
              <td>{row.file}</td>
              <td>{row.row}</td>
              {withColumn && (
                <td>
                  <code>{row.column}</code>
                </td>
              )}
              <td>{row.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
