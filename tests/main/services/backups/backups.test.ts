import { readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { randomUUID } from 'node:crypto'
import { describe, expect, it, vi } from 'vitest'
import { createBackups } from '../../../../src/main/services/backups/backups'
import { scheduleBackups } from '../../../../src/main/services/backups/schedule'
import { createWriteGate } from '../../../../src/main/services/write-gate'
import { MIGRATIONS } from '../../../../src/main/store/migrations'
import { openStore } from '../../../../src/main/store/open-store'
import { capture } from '../../../../src/shared/session/actions'
import { emptySessionDocument, type SessionDocument } from '../../../../src/shared/session/document'
import { importCsv } from '../../../../scripts/trials/crash-protocol'
import { startApp, TEST_NOW } from '../../../helpers/app'
import { useTempDirs } from '../../../helpers/temp-dir'

const tempDir = useTempDirs()

/** An app with a session holding `notes`, and a way to add more through the contract. */
async function appWithNotes(dataDir: string, notes: string[]) {
  let tick = TEST_NOW.getTime()
  const app = startApp(dataDir, { clock: () => new Date((tick += 1000)), exampleSession: false })
  const [scenario] = await app.call('scenarios.list', {})
  const session = await app.call('sessions.create', { scenarioId: scenario!.id, areaNumber: 26, date: '2026-12-05' })
  let document: SessionDocument = emptySessionDocument()
  let revision = 0
  const note = async (text: string) => {
    const change = capture(document, { kind: 'note', text, moduleId: 'm1' }, { now: new Date(tick), newId: randomUUID })!
    await app.call('sessions.applyChange', { sessionId: session.id, baseRevision: revision++, label: change.label, patches: change.patches, inversePatches: change.inversePatches })
    document = change.document
  }
  for (const text of notes) await note(text)
  const texts = async () => (await app.call('sessions.state', { id: session.id })).document.entries.map((e) => e.text)
  return { ...app, sessionId: session.id, note, texts }
}

describe('backups', () => {
  it('backs up now with SQLite’s online backup: a private, consistent copy, listed with what it holds', async () => {
    const dataDir = tempDir()
    const app = await appWithNotes(dataDir, ['First note'])
    const backup = await app.call('backups.backUpNow', {})
    expect(backup).toMatchObject({ reason: 'manual', id: expect.stringMatching(/^roundtable-.*-manual\.db$/) })
    const path = join(dataDir, 'backups', backup.id)
    if (process.platform !== 'win32') expect(statSync(path).mode & 0o777).toBe(0o600)
    const { backups, rule } = await app.call('backups.list', {})
    expect(backups.map((b) => b.id)).toEqual([backup.id])
    expect(rule).toEqual({ newestAutomatic: 12, dailyForDays: 14, everyMinutes: 0 })
    const preview = await app.call('backups.preview', { id: backup.id })
    expect(preview).toMatchObject({ schemaVersion: MIGRATIONS.length, counts: { sessions: 1, townHalls: 0 } })
    expect(preview.counts.scenarios).toBeGreaterThan(0)
    expect(preview.lastChangedAt).not.toBeNull()
    const copy = await app.call('backups.download', { id: backup.id })
    expect(Buffer.from(copy.contentBase64, 'base64').equals(readFileSync(path))).toBe(true)
    app.store.close()
  })

  it('restores a backup over the live data, keeping the data as it was aside, so the restore can be undone', async () => {
    const app = await appWithNotes(tempDir(), ['Before the backup'])
    const backup = await app.call('backups.backUpNow', {})
    await app.note('After the backup')
    expect(await app.texts()).toEqual(['Before the backup', 'After the backup'])

    const restored = await app.call('backups.restore', { id: backup.id })
    expect(restored.keptAside.reason).toBe('beforeRestore')
    // Read through the same running services: nothing they held from before is believed.
    expect(await app.texts()).toEqual(['Before the backup'])
    expect(app.store.db.pragma('integrity_check', { simple: true })).toBe('ok')

    await app.call('backups.restore', { id: restored.keptAside.id })
    expect(await app.texts()).toEqual(['Before the backup', 'After the backup'])
    // And editing goes on from there.
    app.store.close()
  })

  it('restores a backup picked elsewhere (a USB stick) made by an older Roundtable, bringing it up to date', async () => {
    const old = tempDir()
    const older = openStore({ dataDir: old, migrations: MIGRATIONS.slice(0, -1) })
    older.db.prepare(`UPDATE community_area SET is_focus = 1 WHERE number = 30`).run()
    older.db.pragma('wal_checkpoint(TRUNCATE)')
    older.close()
    const app = await appWithNotes(tempDir(), ['Here'])
    const file = { fileName: 'usb-backup.db', contentBase64: readFileSync(join(old, 'roundtable.db')).toString('base64') }
    expect(await app.call('backups.preview', { file })).toMatchObject({ fileName: 'usb-backup.db', schemaVersion: MIGRATIONS.length - 1, counts: { sessions: 0 } })
    await app.call('backups.restore', { file })
    expect(app.store.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length)
    expect(app.store.db.prepare('SELECT is_focus FROM community_area WHERE number = 30').pluck().get()).toBe(1)
    expect((await app.call('sessions.list', {})).length).toBe(0)
    app.store.close()
  })

  it('refuses a file that is not a Roundtable backup, naming it, and changes nothing', async () => {
    const app = await appWithNotes(tempDir(), ['Kept'])
    const file = { fileName: 'photo.db', contentBase64: Buffer.from('not a database at all').toString('base64') }
    await expect(app.call('backups.restore', { file })).rejects.toMatchObject({ reason: 'error.backup.notRoundtable', values: { file: 'photo.db' } })
    const other = tempDir()
    writeFileSync(join(other, 'x.db'), '')
    await expect(app.call('backups.restore', { id: 'roundtable-2026-01-01T00-00-00-000Z-manual.db' })).rejects.toMatchObject({ reason: 'error.backup.notFound' })
    expect(await app.texts()).toEqual(['Kept'])
    expect((await app.call('backups.list', {})).backups).toEqual([])
    app.store.close()
  })

  it('backs up before an import writes', async () => {
    const app = await appWithNotes(tempDir(), [])
    const job = await app.call('inventory.previewImport', { files: [{ fileName: 'directory.csv', contentBase64: Buffer.from(importCsv('b1')).toString('base64') }] })
    await app.call('inventory.commitImport', { previewId: job.preview!.previewId, skipRejected: true })
    expect((await app.call('backups.list', {})).backups.map((b) => b.reason)).toEqual(['beforeImport'])
    app.store.close()
  })
})

describe('the backup schedule', () => {
  it('backs up on its interval only when something was written since the last one', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
    try {
      const dataDir = tempDir()
      let tick = TEST_NOW.getTime()
      const store = openStore({ dataDir })
      const backups = createBackups(store, () => new Date((tick += 60_000)), createWriteGate())
      const schedule = scheduleBackups(store, backups, 20 * 60_000)
      const settle = () => schedule.settled()
      vi.advanceTimersByTime(20 * 60_000)
      await settle()
      expect(backups.list().map((b) => b.reason)).toEqual(['scheduled'])
      // Nothing written since: the next turn makes none.
      vi.advanceTimersByTime(20 * 60_000)
      await settle()
      expect(backups.list()).toHaveLength(1)
      store.db.prepare('UPDATE community_area SET is_focus = 1 WHERE number = 25').run()
      vi.advanceTimersByTime(20 * 60_000)
      await settle()
      expect(backups.list().map((b) => b.reason)).toEqual(['scheduled', 'scheduled'])
      await schedule.stop()
      store.close()
    } finally {
      vi.useRealTimers()
    }
  })
})
