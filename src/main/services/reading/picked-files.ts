// Files the page picked, as the main side finds them: streamed to the uploads folder (the bridge),
// named by path (Electron), or inline (scripts and tests). Uploads are deleted once read.
import { AppError } from '../../../shared/errors'
import type { ChosenFile } from '../inventory/hsds-package'
import type { UploadFiles } from '../upload-files'
import type { FileReader } from './file-reader'
import type { ReadingInput, ReadingKind, ReadingOutput } from './reading-tasks'

export type PickedFile = { fileName: string; uploadId: string } | { fileName: string; contentBase64: string } | { fileName: string; text: string }

/** The picked files where they are now; an id this launch did not give is a file that is gone. */
export function chosenFiles(files: readonly PickedFile[], uploads: UploadFiles | undefined): ChosenFile[] {
  return files.map((file) => {
    if ('uploadId' in file) {
      if (!uploads) throw new AppError('NOT_FOUND', 'error.upload.gone')
      return uploads.get(file.uploadId)
    }
    return { name: file.fileName, bytes: 'text' in file ? Buffer.from(file.text, 'utf8') : Buffer.from(file.contentBase64, 'base64') }
  })
}

/** Forgets the uploads among the picked files (deleting Roundtable's own copies). */
export function doneWith(files: readonly PickedFile[], uploads: UploadFiles | undefined): void {
  for (const file of files) if ('uploadId' in file) uploads?.remove(file.uploadId)
}

export type ReadPicked = ReturnType<typeof createPickedFileReader>

/** Reads picked files off the main thread with `reader`, then forgets their uploads. */
export function createPickedFileReader(reader: FileReader, uploads: UploadFiles | undefined) {
  return async <K extends ReadingKind>(kind: K, files: readonly PickedFile[], inputOf: (chosen: ChosenFile[]) => ReadingInput<K>): Promise<ReadingOutput<K>> => {
    try {
      return await reader.read(kind, inputOf(chosenFiles(files, uploads)))
    } finally {
      doneWith(files, uploads)
    }
  }
}

/** A session or town-hall file as its call names it: an upload, or its text inline. */
export function recordFile(input: { file: { fileName: string; uploadId: string } } | { content: string }): PickedFile {
  return 'file' in input ? input.file : { fileName: 'file', text: input.content }
}
