// Rolling backups while the app runs: every so often, when something was written since the last
// one (by this connection or another, such as an import worker). A failed backup is told in the
// log and tried again next time; it never stops the app.
import type { Store } from '../../store/open-store'
import type { Backups } from './backups'

/** Something written since the last look: this connection's changes, or another's (data_version). */
function writesSeen(store: Store): () => boolean {
  const mark = () => `${store.db.prepare('SELECT total_changes()').pluck().get() as number}:${store.db.pragma('data_version', { simple: true }) as number}`
  let last = ''
  return () => {
    const now = mark()
    const changed = now !== last
    last = now
    return changed
  }
}

export interface BackupSchedule {
  /** Resolves once no backup is being taken (at once when none is). */
  settled(): Promise<void>
  /** Stops the schedule, after the backup under way (if any) is done: then the store may close. */
  stop(): Promise<void>
}

export function scheduleBackups(store: Store, backups: Backups, everyMs: number): BackupSchedule {
  const changed = writesSeen(store)
  let running: Promise<void> | undefined
  const timer = setInterval(() => {
    if (running || !changed()) return
    running = backups
      .backUp('scheduled')
      .then(() => undefined)
      .catch((error: unknown) => console.error('[roundtable] a scheduled backup failed:', error))
      .finally(() => (running = undefined))
  }, everyMs)
  // The schedule never keeps the process alive on its own.
  timer.unref()
  return {
    settled: async () => {
      while (running) await running
    },
    async stop() {
      clearInterval(timer)
      await this.settled()
    },
  }
}
