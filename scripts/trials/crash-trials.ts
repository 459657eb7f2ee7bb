// Crash trials: the app's services run in a child process making real edits; the child is killed
// with SIGKILL at a random moment; the data file is reopened as the app reopens it and checked —
// every acknowledged edit is there, nothing is half-written (an import is whole or absent), and
// SQLite's integrity check passes. Trials run one after another on the same data file.
import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { createDispatch, type Dispatch } from '../../src/main/api/dispatch'
import { createHandlers } from '../../src/main/services'
import { openStore } from '../../src/main/store/open-store'
import { IMPORT_ROWS, type Acknowledged } from './crash-protocol'

const CHILD = fileURLToPath(new URL('./crash-child.ts', import.meta.url))
const ROOT = fileURLToPath(new URL('../..', import.meta.url))

export interface CrashFigures {
  trials: number
  /** Edits the child was told were saved. */
  acknowledged: number
  /** Of those, not found after the kill. */
  lost: number
  /** Imports found neither whole nor absent. */
  halfWritten: number
  /** Reopenings whose integrity check failed, or that could not open the file. */
  corrupt: number
  /** Imports that were under way when their child was killed. */
  killedInImport: number
  problems: string[]
}

/**
 * Runs one life of the child and kills it `delayMs` after its `killAfter`th acknowledgement — or,
 * when `duringImport`, after it says an import has started (the kill lands in the commit).
 */
function runChild(dataDir: string, trial: number, when: { killAfter: number; delayMs: number; duringImport: boolean }, heard: Acknowledged[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, '--data-dir', dataDir, '--trial', String(trial)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
    let errors = ''
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()))
    let counted = 0
    let killing = false
    createInterface({ input: child.stdout }).on('line', (line) => {
      const ack = JSON.parse(line) as Acknowledged
      heard.push(ack)
      counted++
      const now = when.duringImport ? ack.t === 'importStarted' : counted >= when.killAfter
      if (now && !killing) {
        killing = true
        setTimeout(() => child.kill('SIGKILL'), when.delayMs)
      }
    })
    child.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL') resolve()
      else reject(new Error(`trial ${trial}: the child ended on its own before it was killed\n${errors}`))
    })
  })
}

async function value<T>(dispatch: Dispatch, name: string, input: unknown): Promise<T> {
  const answer = await dispatch(name, input)
  if (!answer.ok) throw new Error(`${name}: ${JSON.stringify(answer.error)}`)
  return answer.value as T
}

/** Everything heard so far, checked against the reopened file. */
export async function check(dataDir: string, heard: readonly Acknowledged[], figures: CrashFigures): Promise<void> {
  let store
  try {
    store = openStore({ dataDir })
  } catch (error) {
    figures.corrupt++
    figures.problems.push(`cannot reopen: ${String(error)}`)
    return
  }
  try {
    if (store.db.pragma('integrity_check', { simple: true }) !== 'ok') {
      figures.corrupt++
      figures.problems.push('integrity check failed')
    }
    const dispatch = createDispatch(createHandlers({ store, appVersion: 'trial', runtime: 'browser', resourcesDir: `${ROOT}/resources`, scenariosDir: `${ROOT}/scenarios`, exampleSession: false }))
    const lost = (what: string) => {
      figures.lost++
      figures.problems.push(`lost: ${what}`)
    }
    const notes = new Map<string, string[]>()
    const captures = new Map<string, string[]>()
    const loads = new Map<string, number>()
    const started = new Set<string>()
    const finished = new Set<string>()
    for (const ack of heard) {
      if (ack.t === 'note') notes.set(ack.session, [...(notes.get(ack.session) ?? []), ack.text])
      else if (ack.t === 'capture') captures.set(ack.townHall, [...(captures.get(ack.townHall) ?? []), ack.text])
      else if (ack.t === 'load') loads.set(ack.service, ack.value)
      else if (ack.t === 'importStarted') started.add(ack.tag)
      else if (ack.t === 'import') finished.add(ack.tag)
    }
    for (const [session, texts] of notes) {
      const { document } = await value<{ document: { entries: { text: string }[] } }>(dispatch, 'sessions.state', { id: session })
      texts.forEach((text, i) => document.entries[i]?.text !== text && lost(text))
    }
    for (const [townHall, texts] of captures) {
      const { document } = await value<{ document: { items: { text: string }[] } }>(dispatch, 'townHalls.state', { id: townHall })
      texts.forEach((text, i) => document.items[i]?.text !== text && lost(text))
    }
    for (const [service, floor] of loads) {
      const found = store.db.prepare('SELECT current_load FROM service WHERE id = ?').pluck().get(service) as number | null
      if (found === null || found < floor) lost(`load ${floor} of ${service} (found ${found})`)
    }
    const organizations = new Set(store.db.prepare('SELECT name FROM organization').pluck().all() as string[])
    for (const ack of heard) if (ack.t === 'organization' && !organizations.has(ack.name)) lost(ack.name)
    const countOf = store.db.prepare(`SELECT count(*) FROM service WHERE name LIKE ? ESCAPE '\\'`).pluck()
    for (const tag of started) {
      const count = countOf.get(`Import ${tag} service %`) as number
      if (finished.has(tag) && count !== IMPORT_ROWS) lost(`import ${tag} (${count} of ${IMPORT_ROWS})`)
      else if (count !== 0 && count !== IMPORT_ROWS) {
        figures.halfWritten++
        figures.problems.push(`half-written import ${tag}: ${count} of ${IMPORT_ROWS}`)
      }
    }
  } finally {
    store.close()
  }
}

/** `random` gives numbers in [0, 1): where each kill lands. */
export async function runCrashTrials(options: { trials: number; dataDir: string; random: () => number }): Promise<CrashFigures> {
  const figures: CrashFigures = { trials: 0, acknowledged: 0, lost: 0, halfWritten: 0, corrupt: 0, killedInImport: 0, problems: [] }
  const heard: Acknowledged[] = []
  for (let trial = 0; trial < options.trials; trial++) {
    // One trial in three aims at an import's commit; the others at any moment of the burst.
    const duringImport = options.random() < 1 / 3
    const when = { killAfter: 2 + Math.floor(options.random() * 40), delayMs: Math.floor(options.random() * (duringImport ? 40 : 15)), duringImport }
    await runChild(options.dataDir, trial, when, heard)
    figures.trials++
    const unfinished = heard.filter((ack) => ack.t === 'importStarted' && !heard.some((done) => done.t === 'import' && done.tag === ack.tag)).length
    figures.killedInImport = unfinished
    // Each trial checks everything acknowledged so far: earlier trials' work must survive later kills too.
    const before = figures.lost
    await check(options.dataDir, heard, figures)
    if (figures.lost > before) break
  }
  figures.acknowledged = heard.filter((ack) => ack.t !== 'ready' && ack.t !== 'importStarted').length
  return figures
}
