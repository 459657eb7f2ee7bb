// Kill -9 in the middle of a burst of session edits, or of town-hall captures, reopen the file:
// every acknowledged edit is there, in order, and SQLite's integrity check passes.
import Database from 'better-sqlite3'
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { randomUUID } from 'node:crypto'
import { captureItem } from '../../src/shared/townhall/actions'
import type { TownHallDocument } from '../../src/shared/townhall/document'
import { signIn, watchAddresses } from '../helpers/serve-addresses'
import { E2E_NOW, test, expect } from './fixtures'

const SERVE = fileURLToPath(new URL('../../out/main/serve.js', import.meta.url))

/** Starts `serve` as its own process (so it can be killed) and gives a caller of its API. */
async function launch(dataDir: string) {
  const child = spawn(process.execPath, [SERVE, '--data-dir', dataDir, '--port', '0', '--now', E2E_NOW], { stdio: ['ignore', 'pipe', 'pipe'] })
  const url = new URL(await watchAddresses(child).first())
  // Traded once for the launch's cookie, as a browser would.
  const cookie = await signIn(url.href)
  const api = async (name: string, body: unknown) => {
    const response = await fetch(`${url.origin}/api/${name}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Cookie: cookie }, body: JSON.stringify(body) })
    const envelope = (await response.json()) as { ok: boolean; value: unknown; error?: unknown }
    if (!envelope.ok) throw new Error(JSON.stringify(envelope.error))
    return envelope.value
  }
  const exited = () => new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(null) : child.once('exit', resolve)))
  return { child, api, exited }
}

test('kill -9 during a burst of edits loses nothing that was acknowledged', async ({ dataDir }) => {
  test.setTimeout(90_000)
  const { child, api } = await launch(dataDir)
  const [scenario] = (await api('scenarios.list', {})) as { id: string }[]
  const session = (await api('sessions.create', { scenarioId: scenario!.id, areaNumber: 26, date: '2026-12-05' })) as { id: string }

  // A burst: edits go out back to back; the process is killed while they are in flight.
  let acknowledged = 0
  const killAfter = 60 + Math.floor(Math.random() * 60)
  const burst = (async () => {
    for (let revision = 0; revision < 400; revision++) {
      const entry = { id: `e${revision}`, kind: 'note', text: `Note ${revision}`, at: new Date().toISOString() }
      await api('sessions.applyChange', {
        sessionId: session.id,
        baseRevision: revision,
        label: { key: 'action.capture', values: { kind: 'note' } },
        patches: [{ op: 'add', path: ['entries', revision], value: entry }],
        inversePatches: [{ op: 'replace', path: ['entries', 'length'], value: revision }],
      })
      acknowledged = revision + 1
      if (acknowledged === killAfter) child.kill('SIGKILL')
    }
  })()
  await burst.catch(() => undefined)
  await new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(null) : child.once('exit', resolve)))
  expect(child.signalCode).toBe('SIGKILL')
  expect(acknowledged).toBeGreaterThanOrEqual(killAfter)

  const db = new Database(join(dataDir, 'roundtable.db'))
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
  const journal = db.prepare(`SELECT count(*) AS n FROM journal_change WHERE owner_kind = 'session' AND owner_id = ?`).pluck().get(session.id) as number
  db.close()
  // Read as the app reads it when it starts again: the document last written whole, and the changes journaled since.
  const again = await launch(dataDir)
  const state = (await again.api('sessions.state', { id: session.id })) as { revision: number; document: { entries: { text: string }[] } }
  const document = state.document
  // Everything acknowledged is there, in order (one more may have been saved just before the kill).
  expect(state.revision).toBeGreaterThanOrEqual(acknowledged)
  expect(state.revision).toBeLessThanOrEqual(acknowledged + 1)
  expect(document.entries.map((e) => e.text)).toEqual(Array.from({ length: state.revision }, (_, i) => `Note ${i}`))
  expect(journal).toBe(state.revision)
  again.child.kill('SIGTERM')
  await again.exited()
})

test('kill -9 during a burst of town-hall captures loses nothing that was acknowledged', async ({ dataDir }) => {
  test.setTimeout(90_000)
  const { child, api, exited } = await launch(dataDir)
  const townHall = (await api('townHalls.create', { title: 'Burst', areaNumbers: [25], date: '2026-12-05' })) as { id: string }
  let { document } = (await api('townHalls.state', { id: townHall.id })) as { document: TownHallDocument }
  let acknowledged = 0
  const killAfter = 60 + Math.floor(Math.random() * 60)
  const burst = (async () => {
    for (let revision = 0; revision < 400; revision++) {
      // The very change the capture screen sends when Enter is pressed.
      const change = captureItem(document, { text: `Concern ${revision}`, kind: 'concern', language: 'en' }, { now: new Date(E2E_NOW), newId: randomUUID })!
      await api('townHalls.applyChange', { townHallId: townHall.id, baseRevision: revision, label: change.label, patches: change.patches, inversePatches: change.inversePatches })
      document = change.document
      acknowledged = revision + 1
      if (acknowledged === killAfter) child.kill('SIGKILL')
    }
  })()
  await burst.catch(() => undefined)
  await exited()
  expect(child.signalCode).toBe('SIGKILL')
  expect(acknowledged).toBeGreaterThanOrEqual(killAfter)

  const db = new Database(join(dataDir, 'roundtable.db'))
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
  db.close()
  // Read as the app reads it when it starts again: the document last written whole, and the changes journaled since.
  const again = await launch(dataDir)
  const state = (await again.api('townHalls.state', { id: townHall.id })) as { revision: number; document: TownHallDocument }
  expect(state.revision).toBeGreaterThanOrEqual(acknowledged)
  expect(state.revision).toBeLessThanOrEqual(acknowledged + 1)
  expect(state.document.items.map((i) => i.text)).toEqual(Array.from({ length: state.revision }, (_, i) => `Concern ${i}`))
  again.child.kill('SIGTERM')
  await again.exited()
})
