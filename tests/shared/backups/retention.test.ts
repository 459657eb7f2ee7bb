import { describe, expect, it } from 'vitest'
import type { Backup } from '../../../src/shared/backups/model'
import { backupFileName, readBackupFileName } from '../../../src/shared/backups/file-name'
import { backupsToDelete } from '../../../src/shared/backups/retention'

const now = new Date('2026-11-28T20:00:00.000Z')
const backup = (at: string, reason: Backup['reason']): Backup => ({ id: backupFileName(new Date(at), reason), reason, at, bytes: 1 })

describe('which backups are kept', () => {
  it('keeps the newest 12 automatic ones and the newest of each of the last 14 days; never deletes those made by hand, before a migration or a restore', () => {
    const today = Array.from({ length: 20 }, (_, i) => backup(`2026-11-28T${String(i).padStart(2, '0')}:00:00.000Z`, i % 2 ? 'scheduled' : 'beforeImport'))
    const earlierDays = Array.from({ length: 20 }, (_, i) => backup(`2026-11-${String(27 - i).padStart(2, '0')}T10:00:00.000Z`, 'scheduled'))
    const extra = backup('2026-11-20T09:00:00.000Z', 'scheduled')
    const kept = [backup('2025-01-01T00:00:00.000Z', 'manual'), backup('2025-01-01T00:00:00.000Z', 'beforeMigration'), backup('2025-01-02T00:00:00.000Z', 'beforeRestore')]
    const deleted = backupsToDelete([...today, ...earlierDays, extra, ...kept], now).map((b) => b.at)
    // Today: the 12 newest (hours 8-19) stay; hours 0-7 go (today already has its daily one).
    expect(deleted.filter((at) => at.startsWith('2026-11-28'))).toHaveLength(8)
    // Earlier days: one each for the 14 days back to the 14th; older days go, and a second one on the 20th goes.
    expect(deleted.filter((at) => !at.startsWith('2026-11-28')).sort()).toEqual(['2026-11-08T10:00:00.000Z', '2026-11-09T10:00:00.000Z', '2026-11-10T10:00:00.000Z', '2026-11-11T10:00:00.000Z', '2026-11-12T10:00:00.000Z', '2026-11-13T10:00:00.000Z', '2026-11-20T09:00:00.000Z'])
  })

  it('reads the time and reason back from a backup’s name, and nothing from other files', () => {
    const at = new Date('2026-11-28T21:50:05.123Z')
    expect(readBackupFileName(backupFileName(at, 'beforeImport'))).toEqual({ at: at.toISOString(), reason: 'beforeImport' })
    expect(readBackupFileName('roundtable-v1-2026-11-23T12-00-00-000Z.db')).toBeNull()
    expect(readBackupFileName('../roundtable-2026-11-28T21-50-05-123Z-manual.db')).toBeNull()
  })
})
