// A backup file picked elsewhere is read where it is (a path: an upload or the desktop's picked
// file); bytes sent inline are first written to a private file, as SQLite reads files, not bytes.
import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { randomUUID } from 'node:crypto'
import type { ChosenFile } from '../inventory/hsds-package'
import { privateFolder, PRIVATE_FILE_MODE } from '../../store/private-files'

export async function withPickedFile<T>(file: ChosenFile, folder: string, use: (path: string, name: string) => T | Promise<T>, done: () => void): Promise<T> {
  let temporary: string | undefined
  try {
    if ('path' in file) return await use(file.path, file.name)
    privateFolder(folder)
    temporary = join(folder, `picked-${randomUUID()}.db`)
    writeFileSync(temporary, file.bytes, { mode: PRIVATE_FILE_MODE })
    return await use(temporary, file.name)
  } finally {
    if (temporary) rmSync(temporary, { force: true })
    done()
  }
}
