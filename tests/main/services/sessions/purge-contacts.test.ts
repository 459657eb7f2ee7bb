// "Purge contacts": a session's contacts out of the data file for good, and out of the projector.
import { readFileSync, existsSync } from 'node:fs'
import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { addActionItem } from '../../../../src/shared/session/actions'
import type { SessionDocument } from '../../../../src/shared/session/document'
import { startApp, TEST_NOW } from '../../../helpers/app'
import { playSchoolSession } from '../../../helpers/played-session'
import { useTempDirs } from '../../../helpers/temp-dir'

const tempDir = useTempDirs()
const EMAIL = 'dana@example.org'
const PHONE = '312-555-0177'

/** Whether the data file or its write-ahead log holds these bytes anywhere. */
function fileHolds(file: string, text: string): boolean {
  return [file, `${file}-wal`].some((path) => existsSync(path) && readFileSync(path).includes(text))
}

async function playedWithContacts() {
  let tick = TEST_NOW.getTime()
  const clock = () => new Date((tick += 1000))
  const app = startApp(tempDir(), { clock, exampleSession: false })
  const { sessionId } = await playSchoolSession(app.call, clock, { finish: false })
  const { revision, document } = await app.call('sessions.state', { id: sessionId })
  const done = addActionItem(document as SessionDocument, { what: 'Call the block club captain.', ownerName: 'Ms. Q', priority: 'low', pointOfContact: `Ms. Q, ${PHONE}` }, { now: clock(), newId: randomUUID })!
  await app.call('sessions.applyChange', { sessionId, baseRevision: revision, label: done.label, patches: done.patches as never, inversePatches: done.inversePatches as never })
  await app.call('sessions.setStatus', { id: sessionId, status: 'finished' })
  return { ...app, sessionId }
}

describe('purging a session’s contacts', () => {
  it('takes them out of the participants, the document, every change and its undo, and the file’s bytes; names the backups that still hold them', async () => {
    const app = await playedWithContacts()
    const backup = await app.call('backups.backUpNow', {})
    app.store.db.pragma('wal_checkpoint(TRUNCATE)')
    expect(fileHolds(app.store.file, EMAIL)).toBe(true)
    expect(fileHolds(app.store.file, PHONE)).toBe(true)

    const purged = await app.call('sessions.purgeContacts', { id: app.sessionId })
    expect(purged).toEqual({ participants: 1, pointsOfContact: 2, backupsStillHolding: [{ id: backup.id, at: backup.at, expires: null }] })

    const { participants } = await app.call('sessions.get', { id: app.sessionId })
    expect(participants.map((p) => [p.name, p.contact, p.contactConsent])).toContainEqual(['Dana Reyes', '', false])
    const { document } = await app.call('sessions.state', { id: app.sessionId })
    expect(JSON.stringify(document)).not.toContain('pointOfContact')
    expect(document.actionItems.map((a) => a.what)).toContain('Call the block club captain.')
    const journal = app.store.db.prepare(`SELECT patches || inverse_patches FROM journal_change WHERE owner_id = ?`).pluck().all(app.sessionId).join('')
    expect(journal).not.toContain(PHONE)
    expect(JSON.stringify(await app.call('sessions.undoHistory', { id: app.sessionId }))).not.toContain(PHONE)
    expect(fileHolds(app.store.file, EMAIL)).toBe(false)
    expect(fileHolds(app.store.file, PHONE)).toBe(false)
    // The report, asked for contacts, has none left to give.
    expect(JSON.stringify(await app.call('reports.input', { id: app.sessionId }))).not.toContain(EMAIL)
    app.store.close()
  })

  it('never sends a contact to the projector, consented or not', async () => {
    const app = await playedWithContacts()
    expect(JSON.stringify(await app.call('sessions.get', { id: app.sessionId }))).toContain(EMAIL)
    const projected = await app.call('sessions.presenterView', { id: app.sessionId })
    expect(JSON.stringify(projected)).not.toContain(EMAIL)
    expect(projected.participants.map((p) => p.name)).toContain('Dana Reyes')
    app.store.close()
  })
})
