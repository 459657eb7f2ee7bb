// One life of the app for the crash trials: the real services on the real data file, doing what a
// facilitator's evening does through the contract — notes in a session, captures in a town hall,
// inventory edits, a new organization, an import now and then — and saying on stdout each edit the
// contract acknowledged, the moment it did. The parent kills it (-9) at a moment of its choosing.
import { randomUUID } from 'node:crypto'
import { writeSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { createDispatch, type Dispatch } from '../../src/main/api/dispatch'
import { createHandlers } from '../../src/main/services'
import { openStore } from '../../src/main/store/open-store'
import { capture } from '../../src/shared/session/actions'
import { emptySessionDocument } from '../../src/shared/session/document'
import { captureItem } from '../../src/shared/townhall/actions'
import type { TownHallDocument } from '../../src/shared/townhall/document'
import { readOption } from '../../src/main/store/data-dir'
import type { Acknowledged } from './crash-protocol'
import { importCsv } from './crash-protocol'

const dataDir = readOption(process.argv, '--data-dir')!
const trial = Number(readOption(process.argv, '--trial'))
let tick = Date.parse('2026-11-23T18:00:00.000Z') + trial * 3_600_000
const clock = () => new Date((tick += 1000))

const say = (ack: Acknowledged) => writeSync(1, `${JSON.stringify(ack)}\n`)

async function call<T>(dispatch: Dispatch, name: string, input: unknown): Promise<T> {
  const answer = await dispatch(name, input)
  if (!answer.ok) throw new Error(`${name}: ${JSON.stringify(answer.error)}`)
  return answer.value as T
}

async function main(): Promise<void> {
  const store = openStore({ dataDir, now: clock })
  const resources = fileURLToPath(new URL('../../resources', import.meta.url))
  const scenariosDir = fileURLToPath(new URL('../../scenarios', import.meta.url))
  const dispatch = createDispatch(createHandlers({ store, appVersion: 'trial', runtime: 'browser', resourcesDir: resources, scenariosDir, clock, exampleSession: false }))

  const [scenario] = await call<{ id: string }[]>(dispatch, 'scenarios.list', {})
  const session = await call<{ id: string }>(dispatch, 'sessions.create', { scenarioId: scenario!.id, areaNumber: 26, date: '2026-12-05' })
  const townHall = await call<{ id: string }>(dispatch, 'townHalls.create', { title: `Trial ${trial}`, areaNumbers: [25], date: '2026-12-05' })
  let townHallDocument = (await call<{ document: TownHallDocument }>(dispatch, 'townHalls.state', { id: townHall.id })).document
  const services = await call<{ items: Record<string, unknown>[] }>(dispatch, 'inventory.listServices', { query: '', sort: 'name', direction: 'asc', offset: 0, limit: 1 })
  const service = services.items[0]!
  say({ t: 'ready', session: session.id, townHall: townHall.id })

  let sessionDocument = emptySessionDocument()
  let sessionRevision = 0
  let townHallRevision = 0
  for (let step = 0; ; step++) {
    const kind = step % 5
    if (kind === 0 || kind === 3) {
      const text = `Trial ${trial} note ${sessionRevision}`
      const change = capture(sessionDocument, { kind: 'note', text, moduleId: 'm1' }, { now: clock(), newId: randomUUID })!
      await call(dispatch, 'sessions.applyChange', { sessionId: session.id, baseRevision: sessionRevision, label: change.label, patches: change.patches, inversePatches: change.inversePatches })
      sessionDocument = change.document
      sessionRevision++
      say({ t: 'note', session: session.id, text })
    } else if (kind === 1) {
      const text = `Trial ${trial} concern ${townHallRevision}`
      const change = captureItem(townHallDocument, { text, kind: 'concern', language: 'en' }, { now: clock(), newId: randomUUID })!
      await call(dispatch, 'townHalls.applyChange', { townHallId: townHall.id, baseRevision: townHallRevision, label: change.label, patches: change.patches, inversePatches: change.inversePatches })
      townHallDocument = change.document
      townHallRevision++
      say({ t: 'capture', townHall: townHall.id, text })
    } else if (kind === 2) {
      // The load only grows from trial to trial, so the last acknowledged value is a floor.
      const value = trial * 10_000 + step
      const { createdAt: _c, updatedAt: _u, source: _s, organizationName: _o, ...draft } = service
      await call(dispatch, 'inventory.saveService', { ...draft, currentLoad: value })
      say({ t: 'load', service: String(service['id']), value })
    } else if (step % 20 === 4) {
      const tag = `t${trial}s${step}`
      say({ t: 'importStarted', tag })
      const job = await call<{ jobId: string; state: string }>(dispatch, 'inventory.previewImport', { files: [{ fileName: `${tag}.csv`, contentBase64: Buffer.from(importCsv(tag)).toString('base64') }] })
      await call(dispatch, 'inventory.commitImport', { previewId: job.jobId })
      say({ t: 'import', tag })
    } else {
      const name = `Trial ${trial} block club ${step}`
      await call(dispatch, 'inventory.saveOrganization', { name, kind: 'block-club', description: '', contactPerson: '', phone: '', email: '', languages: ['en'], areaNumbers: [25], citywide: false, notes: '' })
      say({ t: 'organization', name })
    }
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
