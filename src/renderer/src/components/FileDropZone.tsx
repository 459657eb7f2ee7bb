// Accepts files dropped anywhere on the screen it wraps, and shows where to drop them.
import { useState, type ReactNode } from 'react'
import { useT } from '../i18n/use-t'

export function FileDropZone({ onFiles, children }: { onFiles: (files: File[]) => void; children: ReactNode }) {
  const t = useT()
  const [over, setOver] = useState(false)
  const hasFiles = (event: React.DragEvent) => [...event.dataTransfer.types].includes('Files')
  return (
    <div
      className={`drop-zone${over ? ' over' : ''}`}
      onDragOver={(event) => {
        if (!hasFiles(event)) return
        event.preventDefault()
        setOver(true)
      }}
      onDragLeave={(event) => {
        if (event.currentTarget === event.target) setOver(false)
      }}
      onDrop={(event) => {
        if (!hasFiles(event)) return
        event.preventDefault()
        setOver(false)
        const files = [...event.dataTransfer.files]
        if (files.length > 0) onFiles(files)
      }}
    >
      {children}
      {over && (
        <div className="drop-hint" aria-hidden="true">
          {t('scenarios.dropToImport')}
        </div>
      )}
    </div>
  )
}
