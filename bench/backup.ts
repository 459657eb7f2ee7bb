// A backup of a large data file (50,000 services) with SQLite's online backup API, as the app
// takes it while a session runs: how long it takes, and the longest pause of the event loop
// meanwhile beside the longest pause of an idle loop measured in the same run.
import { join } from 'node:path'
import { createBackups } from '../src/main/services/backups/backups'
import { createInventoryService } from '../src/main/services/inventory'
import { createWriteGate } from '../src/main/services/write-gate'
import { openStore } from '../src/main/store/open-store'
import { largeInventoryCsv } from './inventory-fixture'
import { longestPause } from './import-stall'

export interface BackupFigures {
  backup_ms: number
  backup_mb: number
  backup_stall_ms: number
  idle_stall_ms: number
}

export async function measureBackup(workDir: string): Promise<BackupFigures> {
  const store = openStore({ dataDir: join(workDir, 'backup') })
  createInventoryService(store.db).importCsv('bench.csv', new TextEncoder().encode(largeInventoryCsv(50_000)))
  const backups = createBackups(store, () => new Date(), createWriteGate())
  let made = { bytes: 0 }
  let backupMs = 0
  const backupStall = await longestPause(async () => {
    const started = performance.now()
    made = await backups.backUp('manual')
    backupMs = performance.now() - started
  })
  const idleStall = await longestPause(() => new Promise((resolve) => setTimeout(resolve, Math.max(200, backupMs))))
  store.close()
  return { backup_ms: Math.round(backupMs), backup_mb: Math.round(made.bytes / 1024 / 102.4) / 10, backup_stall_ms: Math.round(backupStall), idle_stall_ms: Math.round(idleStall) }
}
