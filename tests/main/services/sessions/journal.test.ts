import Database from 'better-sqlite3'
import { enablePatches, produceWithPatches, type Patch } from 'immer'
import { describe, expect, it } from 'vitest'
import { createSessionJournal } from '../../../../src/main/services/sessions/journal'
import { createHandlers } from '../../../../src/main/services'
import { openStore } from '../../../../src/main/store/open-store'
import { emptySessionDocument, type SessionDocument } from '../../../../src/shared/session/document'
import { AppError } from '../../../../src/shared/errors'
import { capture, rateObjective } from '../../../../src/shared/session/actions'
import { RESOURCES_DIR, SCENARIOS_DIR } from '../../../helpers/resources'
import { useTempDirs } from '../../../helpers/temp-dir'

enablePatches()
const tempDir = useTempDirs()
const at = '2026-12-05T19:00:00.000Z'
const ADD_NOTE = { key: 'action.capture' as const, values: { kind: 'note' } }
const label = (n: number) => ({ key: 'action.goToModule' as const, values: { title: `edit ${n}` } })

async function setup() {
  const dataDir = tempDir()
  const store = openStore({ dataDir })
  const handlers = createHandlers({ store, appVersion: 't', runtime: 'browser', resourcesDir: RESOURCES_DIR, scenariosDir: SCENARIOS_DIR })
  const [scenario] = await handlers['scenarios.list']({ query: 'vigil' })
  const session = await handlers['sessions.create']({ scenarioId: scenario!.id, variables: {}, areaNumber: 26, date: '2026-12-05', place: '', facilitator: '' })
  return { dataDir, store, sessionId: session.id, journal: createSessionJournal(store.db) }
}

function change(document: SessionDocument, recipe: (draft: SessionDocument) => void) {
  const [next, patches, inversePatches] = produceWithPatches(document, recipe)
  return { next, patches: patches as Patch[], inversePatches: inversePatches as Patch[] }
}

function thrown(action: () => unknown): AppError {
  try {
    action()
  } catch (error) {
    if (error instanceof AppError) return error
    throw error
  }
  throw new Error('no error')
}

describe('session journal', () => {
  it('saves each change at once: a new connection sees the document and the labelled history', async () => {
    const { store, sessionId, journal } = await setup()
    const start = journal.current(sessionId)
    expect(start).toEqual({ revision: 0, document: emptySessionDocument() })
    const first = change(start.document, (d) => void d.entries.push({ id: 'e1', kind: 'note', text: 'Outreach on scene at 10:50', at }))
    expect(journal.apply({ sessionId, baseRevision: 0, label: ADD_NOTE, ...first })).toEqual({ revision: 1 })

    // A second connection to the file, as another reader would open it (a second Roundtable may not).
    const other = new Database(store.file, { readonly: true })
    const fresh = createSessionJournal(other)
    expect(fresh.current(sessionId)).toEqual({ revision: 1, document: first.next })
    expect(fresh.history(sessionId).map((h) => h.label)).toEqual([ADD_NOTE])
    other.close()
    store.close()
  })

  it('refuses a change made on an old revision, so two windows never overwrite each other', async () => {
    const { store, sessionId, journal } = await setup()
    const a = change(emptySessionDocument(), (d) => void d.entries.push({ id: 'a', kind: 'note', text: 'A', at }))
    journal.apply({ sessionId, baseRevision: 0, label: label(1), ...a })
    const error = thrown(() => journal.apply({ sessionId, baseRevision: 0, label: label(2), ...a }))
    expect(error.code).toBe('CONFLICT')
    expect(journal.current(sessionId).revision).toBe(1)
    store.close()
  })

  it('refuses changes that do not fit the record, and paths that would reach object prototypes', async () => {
    const { store, sessionId, journal } = await setup()
    const bad = thrown(() => journal.apply({ sessionId, baseRevision: 0, label: label(0), patches: [{ op: 'add', path: ['entries', 0], value: { id: 'e', kind: 'rumor' } }], inversePatches: [] }))
    expect(bad.code).toBe('INVALID_INPUT')
    const polluting = thrown(() => journal.apply({ sessionId, baseRevision: 0, label: label(0), patches: [{ op: 'add', path: ['__proto__', 'hacked'], value: true }], inversePatches: [] }))
    expect(polluting.code).toBe('INVALID_INPUT')
    expect(({} as Record<string, unknown>)['hacked']).toBeUndefined()
    const nowhere = thrown(() => journal.apply({ sessionId, baseRevision: 0, label: label(0), patches: [{ op: 'replace', path: ['entries', 5, 'text'], value: 'x' }], inversePatches: [] }))
    expect(nowhere.code).toBe('INVALID_INPUT')
    expect(journal.current(sessionId)).toEqual({ revision: 0, document: emptySessionDocument() })
    store.close()
  })

  it('undo is the inverse patches applied as a change: undoing everything gives the start, redoing gives the end', async () => {
    const { store, sessionId, journal } = await setup()
    let document = emptySessionDocument()
    let revision = 0
    const done: { patches: Patch[]; inversePatches: Patch[] }[] = []
    const edits: ((d: SessionDocument) => void)[] = [
      (d) => void d.entries.push({ id: 'e1', kind: 'note', text: 'first', at }),
      (d) => void d.actionItems.push({ id: 'a1', what: 'Fix the light', ownerName: 'Transportation', priority: 'high', status: 'open', at }),
      (d) => void (d.entries[0]!.text = 'first, corrected'),
      (d) => void d.graph.nodes.push({ id: 'n1', kind: 'need', refId: 'n-light', x: 10, y: 20 }),
      (d) => void (d.graph.nodes[0]!.x = 200),
      (d) => void d.entries.splice(0, 1),
      (d) => void d.evaluations.push({ objectiveId: 'o1', rating: 'S', reason: 'Slow handoff', at }),
    ]
    for (const [index, edit] of edits.entries()) {
      const c = change(document, edit)
      revision = journal.apply({ sessionId, baseRevision: revision, label: label(index), patches: c.patches, inversePatches: c.inversePatches }).revision
      document = c.next
      done.push(c)
    }
    const end = journal.current(sessionId).document
    expect(end).toEqual(document)
    for (const c of [...done].reverse()) {
      revision = journal.apply({ sessionId, baseRevision: revision, label: { ...label(0), replay: 'undo' }, patches: c.inversePatches, inversePatches: c.patches }).revision
    }
    expect(journal.current(sessionId).document).toEqual(emptySessionDocument())
    for (const c of done) {
      revision = journal.apply({ sessionId, baseRevision: revision, label: { ...label(0), replay: 'redo' }, patches: c.patches, inversePatches: c.inversePatches }).revision
    }
    expect(journal.current(sessionId).document).toEqual(end)
    expect(journal.history(sessionId)).toHaveLength(edits.length * 3)
    store.close()
  })

  it('keeps labels as keys to be worded in any language, and still reads a journal of English labels', async () => {
    const { store, sessionId, journal } = await setup()
    const a = change(emptySessionDocument(), (d) => void d.entries.push({ id: 'a', kind: 'note', text: 'A', at }))
    journal.apply({ sessionId, baseRevision: 0, label: ADD_NOTE, ...a })
    store.db.prepare(`INSERT INTO journal_change (owner_kind, owner_id, revision, label, patches, inverse_patches, at) VALUES ('session', ?, 2, ?, ?, ?, ?)`).run(sessionId, 'Add note', '[]', '[]', at)
    expect(journal.history(sessionId).map((h) => h.label)).toEqual([ADD_NOTE, 'Add note'])
    store.close()
  })

  it('gives back Undo and Redo as they stood, from the journal, for a reload or a restart', async () => {
    const { store, sessionId, journal } = await setup()
    const context = (second: number) => ({ now: new Date(Date.UTC(2026, 9, 3, 18, 0, second)), newId: () => `id-${second}` })
    let document = emptySessionDocument()
    let revision = 0
    const save = (performed: ReturnType<typeof capture>, coalesce?: string) => {
      revision = journal.apply({ sessionId, baseRevision: revision, label: performed!.label, patches: performed!.patches, inversePatches: performed!.inversePatches, ...(coalesce ? { coalesce } : {}) }).revision
      document = performed!.document
    }
    save(capture(document, { kind: 'note', text: 'first', moduleId: 'm1' }, context(1)))
    save(capture(document, { kind: 'decision', text: 'second', moduleId: 'm1' }, context(2)))
    const rated = rateObjective(document, { objectiveId: 'o1', objective: 'Coordinate', rating: 'S' }, context(3))!
    save(rated)
    // Undo the rating, as the console would: its inverse patches, labelled a replay.
    revision = journal.apply({ sessionId, baseRevision: revision, label: { ...rated.label, replay: 'undo' }, patches: rated.inversePatches, inversePatches: rated.patches }).revision

    // A second connection to the file, as another reader would open it (a second Roundtable may not).
    const other = new Database(store.file, { readonly: true })
    const history = createSessionJournal(other).undoHistory(sessionId)
    expect(history.undo.map((e) => e.label)).toEqual([
      { key: 'action.capture', values: { kind: 'note' } },
      { key: 'action.capture', values: { kind: 'decision' } },
    ])
    expect(history.redo.map((e) => e.label)).toEqual([rated.label])
    expect(history.redo[0]!.patches).toEqual(rated.patches)
    other.close()
    store.close()
  })
})
