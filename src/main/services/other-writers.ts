// Caches of what is in the data file stay right only while this connection is the one writing.
// Another connection — the import worker, or a restore from a backup — changes SQLite's
// data_version as seen from here; a cache asks this before trusting what it holds.
import type Database from 'better-sqlite3'

/** Gives a check that answers true once each time another connection has written since the last check. */
export function watchOtherWriters(db: Database.Database): () => boolean {
  const read = () => db.pragma('data_version', { simple: true }) as number
  let seen = read()
  return () => {
    const now = read()
    if (now === seen) return false
    seen = now
    return true
  }
}
