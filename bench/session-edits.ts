// A running session edited 1,000 times through the contract with the console's own action, then
// reopened: the save of one edit and the rebuild of Undo and Redo from the journal.
import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createDispatch } from '../src/main/api/dispatch'
import { createHandlers } from '../src/main/services'
import { openStore } from '../src/main/store/open-store'
import { capture } from '../src/shared/session/actions'
import { emptySessionDocument } from '../src/shared/session/document'
import { median, percentile } from './stats'

const RESOURCES_DIR = fileURLToPath(new URL('../resources', import.meta.url))
const SCENARIOS_DIR = fileURLToPath(new URL('../scenarios', import.meta.url))

/** A session edited 1,000 times with the console's own action, then reopened (measured together). */
let sessionFigures: { editP99: number; historyLoad: number } | undefined
export async function measureSessionEdits(workDir: string): Promise<{ editP99: number; historyLoad: number }> {
  if (sessionFigures) return sessionFigures
  const store = openStore({ dataDir: join(workDir, 'session-edits') })
  const dispatch = createDispatch(createHandlers({ store, appVersion: 'bench', runtime: 'browser', resourcesDir: RESOURCES_DIR, scenariosDir: SCENARIOS_DIR }))
  const scenarios = (await dispatch('scenarios.list', {})) as { ok: true; value: { id: string }[] }
  const created = (await dispatch('sessions.create', { scenarioId: scenarios.value[0]!.id, areaNumber: 26, date: '2026-12-05' })) as { ok: true; value: { id: string } }
  const times: number[] = []
  let document = emptySessionDocument()
  for (let revision = 0; revision < 1000; revision++) {
    // The console's own action, as a facilitator's Enter in the capture box makes it.
    const change = capture(document, { kind: 'note', text: `A note of ordinary length, number ${revision}.`, moduleId: 'm1' }, { now: new Date(), newId: randomUUID })!
    document = change.document
    const started = performance.now()
    const result = await dispatch('sessions.applyChange', { sessionId: created.value.id, baseRevision: revision, label: change.label, patches: change.patches, inversePatches: change.inversePatches })
    times.push(performance.now() - started)
    if (!result.ok) throw new Error(JSON.stringify(result.error))
  }
  const loads: number[] = []
  for (let run = 0; run < 5; run++) {
    const reopened = performance.now()
    const history = await dispatch('sessions.undoHistory', { id: created.value.id })
    loads.push(performance.now() - reopened)
    if (!history.ok) throw new Error(JSON.stringify(history.error))
  }
  store.close()
  sessionFigures = { editP99: percentile(times, 99), historyLoad: median(loads) }
  return sessionFigures
}
