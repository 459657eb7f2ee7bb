// The town-hall report's calls: what the report is built from, town-hall files, the example.
import type Database from 'better-sqlite3'
import type { HandlersOf } from '../../../shared/contract'
import type { townHallReportCalls } from '../../../shared/contract/townhall-reports'
import { exampleTownHallId, removeExampleTownHall } from './example-townhall'
import type { TownHallFiles } from './townhall-files'
import { recordFile, type ReadPicked } from '../reading/picked-files'

export function townHallReportHandlers(files: TownHallFiles, db: Database.Database, readPicked: ReadPicked): HandlersOf<typeof townHallReportCalls> {
  return {
    'townHalls.reportInput': ({ id }) => files.reportInput(id),
    'townHalls.exportFile': ({ id }) => files.exportFile(id),
    // Read and checked off the main thread; written here in one transaction.
    'townHalls.importFile': async (input) => files.importRead(await readPicked('townHallFile', [recordFile(input)], ([file]) => file!), input.mode),
    'townHalls.example': () => ({ id: exampleTownHallId(db) }),
    'townHalls.removeExample': () => ({ removed: removeExampleTownHall(db) }),
  }
}
