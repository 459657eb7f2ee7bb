// What a picked file becomes before anything is written: scenario files parsed and checked,
// session and town-hall files read whole. Pure work on the file's bytes, run by the reading
// worker (reading-worker.ts) so a large or hostile file never holds the main thread.
import { parseScenarioFile, type ScenarioFileResult } from '../../../shared/scenario/parse'
import { readSessionFile, type SessionFileRead } from '../../../shared/session/session-file'
import { readTownHallFile, type TownHallFileRead } from '../../../shared/townhall/townhall-file'
import { readChosenFiles } from '../inventory/chosen-files'
import type { ChosenFile, UploadedFile } from '../inventory/hsds-package'
import { said } from '../../../shared/i18n/said'
import { fileProblem } from '../uploads'

/** A file's text: strict UTF-8, or an error naming the file. */
function textOf(file: UploadedFile): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(file.bytes)
  } catch {
    throw fileProblem(file.name, said('error.file.reason.notUtf8'))
  }
}

export const READING_TASKS = {
  scenarios: (files: readonly ChosenFile[]): ScenarioFileResult[] => readChosenFiles(files).map((file) => parseScenarioFile(textOf(file), file.name)),
  sessionFile: (file: ChosenFile): SessionFileRead => readSessionFile(textOf(readChosenFiles([file])[0]!)),
  townHallFile: (file: ChosenFile): TownHallFileRead => readTownHallFile(textOf(readChosenFiles([file])[0]!)),
}

export type ReadingTasks = typeof READING_TASKS
export type ReadingKind = keyof ReadingTasks
export type ReadingInput<K extends ReadingKind> = Parameters<ReadingTasks[K]>[0]
export type ReadingOutput<K extends ReadingKind> = ReturnType<ReadingTasks[K]>

export function runReadingTask<K extends ReadingKind>(kind: K, input: ReadingInput<K>): ReadingOutput<K> {
  return (READING_TASKS[kind] as (input: ReadingInput<K>) => ReadingOutput<K>)(input)
}
