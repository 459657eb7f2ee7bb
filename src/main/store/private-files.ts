// The data folder holds participants' names and contacts: on a shared laptop only the user who
// runs Roundtable may read it. Folders are made 0700 and files 0600 (POSIX); SQLite gives its
// -wal and -shm files the data file's own mode, so a private data file keeps them private too.
// On Windows these modes mean little; the folder lives in the user's own profile there.
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs'

export const PRIVATE_FOLDER_MODE = 0o700
export const PRIVATE_FILE_MODE = 0o600

/** Makes the folder (and its parents) if needed, and closes it to everyone but the user. */
export function privateFolder(folder: string): void {
  mkdirSync(folder, { recursive: true, mode: PRIVATE_FOLDER_MODE })
  chmodSync(folder, PRIVATE_FOLDER_MODE)
}

/** Makes an empty file only the user can read (or closes an existing one), before anyone writes to it. */
export function privateFile(file: string): void {
  if (!existsSync(file)) closeSync(openSync(file, 'a', PRIVATE_FILE_MODE))
  chmodSync(file, PRIVATE_FILE_MODE)
}

/** Closes the data file's companions that exist (left by an earlier launch with looser modes). */
export function privateCompanions(file: string): void {
  for (const companion of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) {
    if (existsSync(companion)) chmodSync(companion, PRIVATE_FILE_MODE)
  }
}
