// The files of an import as bytes: those the bridge streamed to disk are read here (in the import
// worker, so the main thread never holds them), each refused past the size an import reads.
import { readFileSync, statSync } from 'node:fs'
import type { ChosenFile, UploadedFile } from './hsds-package'
import { said } from '../../../shared/i18n/said'
import { fileProblem, MAX_IMPORT_BYTES } from './csv-file'

export function readChosenFiles(files: readonly ChosenFile[]): UploadedFile[] {
  return files.map((file) => {
    if ('bytes' in file) return file
    if (statSync(file.path).size > MAX_IMPORT_BYTES) {
      throw fileProblem(file.name, said('error.file.reason.largerThan', { unit: 'mb', amount: String(MAX_IMPORT_BYTES / 1024 / 1024) }))
    }
    return { name: file.name, bytes: readFileSync(file.path) }
  })
}
