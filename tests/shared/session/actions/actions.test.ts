import { applyPatches } from 'immer'
import { describe, expect, it } from 'vitest'
import { formatMessage } from '../../../../src/shared/i18n/format'
import * as actions from '../../../../src/shared/session/actions'
import type { ActionContext, PerformedChange } from '../../../../src/shared/session/actions'
import { emptySessionDocument, sessionDocumentSchema, type SessionDocument } from '../../../../src/shared/session/document'
import { nodeIdOf } from '../../../../src/shared/session/graph'
import { SERVICE } from '../../../helpers/exercise-fixture'

let ids = 0
const at = (second: number): ActionContext => ({ now: new Date(Date.UTC(2026, 9, 3, 18, 0, second)), newId: () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}` })

/** Performs and checks what every change must be: a valid document, undone exactly by its inverse. */
function done(change: PerformedChange | undefined, before: SessionDocument): PerformedChange {
  expect(change).toBeDefined()
  expect(sessionDocumentSchema.safeParse(change!.document).success).toBe(true)
  expect(applyPatches(change!.document, change!.inversePatches)).toEqual(before)
  return change!
}

const worded = (change: PerformedChange, language: 'en' | 'es' = 'en') => formatMessage(language, change.label.key, change.label.values)

describe('the console’s actions', () => {
  it('capture what the room said, tied to the module and inject, with a new id and the app’s time', () => {
    const start = emptySessionDocument()
    const change = done(actions.capture(start, { kind: 'decision', text: '  Hospital meets the family  ', moduleId: 'm1', injectId: 'i2' }, at(5)), start)
    expect(change.document.entries).toEqual([{ id: expect.stringMatching(/^00000000-/), kind: 'decision', text: 'Hospital meets the family', moduleId: 'm1', injectId: 'i2', at: '2026-10-03T18:00:05.000Z' }])
    expect(worded(change)).toBe('add decision')
    expect(worded(change, 'es')).toBe('agregar decisión')
    expect(actions.capture(start, { kind: 'note', text: '   ', moduleId: 'm1' }, at(6))).toBeUndefined()
  })

  it('capture who said it, when the room names one of the organizations signed in', () => {
    const start = emptySessionDocument()
    const change = done(actions.capture(start, { kind: 'decision', text: 'We walk the route', moduleId: 'm1', organizationId: 'org-1' }, at(7)), start)
    expect(change.document.entries[0]).toMatchObject({ text: 'We walk the route', organizationId: 'org-1' })
    const unnamed = done(actions.capture(start, { kind: 'note', text: 'Quiet', moduleId: 'm1', organizationId: undefined }, at(8)), start)
    expect(unnamed.document.entries[0]).not.toHaveProperty('organizationId')
  })

  it('correct and delete what was captured, named by its kind (and words) rather than an id', () => {
    const start = emptySessionDocument()
    const captured = done(actions.capture(start, { kind: 'observation', text: 'Crowd at the corner', moduleId: 'm1' }, at(1)), start)
    const entryId = captured.document.entries[0]!.id
    const edited = done(actions.editEntry(captured.document, { entryId, text: 'Crowd of 40 at the corner', edit: 'visit-1' }, at(2)), captured.document)
    expect(edited.document.entries[0]!.text).toBe('Crowd of 40 at the corner')
    expect(edited.coalesce).toBe(`edit:entry:${entryId}:visit-1`)
    expect(worded(edited)).toBe('edit observation')
    expect(actions.editEntry(edited.document, { entryId, text: 'Crowd of 40 at the corner' }, at(3))).toBeUndefined()
    const deleted = done(actions.deleteEntry(edited.document, { entryId }, at(4)), edited.document)
    expect(deleted.document.entries).toEqual([])
    expect(worded(deleted)).toBe('delete observation “Crowd of 40 at the corner”')
    expect(worded(deleted, 'es')).toBe('borrar la observación «Crowd of 40 at the corner»')
  })

  it('reveal an inject once, and injects on time as one step', () => {
    const start = emptySessionDocument()
    const revealed = done(actions.revealInject(start, { moduleId: 'm1', injectId: 'i1', title: 'Shots fired' }, at(1)), start)
    expect(worded(revealed)).toBe('reveal Shots fired')
    expect(actions.revealInject(revealed.document, { moduleId: 'm1', injectId: 'i1', title: 'Shots fired' }, at(2))).toBeUndefined()
    const due = done(actions.revealDueInjects(revealed.document, { moduleId: 'm1', injects: [{ id: 'i1', title: 'Shots fired' }, { id: 'i2', title: 'Crowd' }, { id: 'i3', title: 'Press' }] }, at(3)), revealed.document)
    expect(due.document.revealed.map((r) => r.injectId)).toEqual(['i1', 'i2', 'i3'])
    expect(worded(due)).toBe('reveal 3 injects on time')
    expect(worded(due, 'es')).toBe('revelar 3 novedades a su hora')
  })

  it('run the clock: start, pause keeping the time, and a module’s offsets count from its first visit', () => {
    const start = emptySessionDocument()
    const running = done(actions.toggleClock(start, {}, at(0)), start)
    expect(worded(running)).toBe('start the clock')
    const paused = done(actions.toggleClock(running.document, {}, at(42)), running.document)
    expect(worded(paused)).toBe('pause the clock')
    expect(paused.document.clock).toEqual({ running: false, elapsedMs: 42_000 })
    const moved = done(actions.goToModule(paused.document, { moduleId: 'm2', title: 'Sunday, the vigil' }, at(50)), paused.document)
    expect(moved.document).toMatchObject({ currentModuleId: 'm2', moduleStarts: { m2: 42_000 } })
    expect(worded(moved)).toBe('go to Sunday, the vigil')
    const back = actions.goToModule(moved.document, { moduleId: 'm2', title: 'Sunday' }, at(59))
    expect(back).toBeUndefined()
  })

  it('add action items and mark them, naming the item rather than an id', () => {
    const start = emptySessionDocument()
    const added = done(actions.addActionItem(start, { what: 'Escalate the street light request', ownerName: 'Transportation', due: '2026-12-09', priority: 'high' }, at(1)), start)
    const item = added.document.actionItems[0]!
    expect(item).toMatchObject({ status: 'open', priority: 'high', due: '2026-12-09' })
    const marked = done(actions.setActionItemStatus(added.document, { itemId: item.id, what: item.what, status: 'in-progress' }, at(2)), added.document)
    expect(worded(marked)).toBe('mark “Escalate the street light request” in progress')
    expect(worded(marked, 'es')).toBe('marcar «Escalate the street light request» como en curso')
    expect(actions.addActionItem(start, { what: 'x', ownerName: ' ', priority: 'low' }, at(3))).toBeUndefined()
  })

  it('name the organization that owns an action item, change it and take it back; the owner follows only when it was the organization itself', () => {
    const start = emptySessionDocument()
    const transportation = { id: '11111111-1111-4111-8111-111111111111', name: 'Department of Transportation (sample)' }
    const walkers = { id: '22222222-2222-4222-8222-222222222222', name: 'West Side Peace Walkers (sample)' }
    const added = done(actions.addActionItem(start, { what: 'Fix the light on Madison', ownerName: transportation.name, ownerOrganizationId: transportation.id, priority: 'high' }, at(1)), start)
    const item = added.document.actionItems[0]!
    expect(item).toMatchObject({ ownerName: transportation.name, ownerOrganizationId: transportation.id })

    const changed = done(actions.setActionItemOrganization(added.document, { itemId: item.id, what: item.what, organization: walkers, previousName: transportation.name }, at(2)), added.document)
    expect(changed.document.actionItems[0]).toMatchObject({ ownerName: walkers.name, ownerOrganizationId: walkers.id })
    expect(worded(changed)).toBe('name West Side Peace Walkers (sample) as owner of “Fix the light on Madison”')
    expect(worded(changed, 'es')).toBe('poner a West Side Peace Walkers (sample) a cargo de «Fix the light on Madison»')

    const cleared = done(actions.setActionItemOrganization(changed.document, { itemId: item.id, what: item.what, organization: undefined, previousName: walkers.name }, at(3)), changed.document)
    expect(cleared.document.actionItems[0]!.ownerOrganizationId).toBeUndefined()
    expect(cleared.document.actionItems[0]!.ownerName).toBe(walkers.name)
    expect(worded(cleared)).toBe('remove the owner organization of “Fix the light on Madison”')
    expect(worded(cleared, 'es')).toBe('quitar la organización responsable de «Fix the light on Madison»')

    // A person named as owner stays the owner when their organization is named.
    const dana = done(actions.addActionItem(start, { what: 'Call the alderman', ownerName: 'Dana Reyes', priority: 'low' }, at(4)), start)
    const danaItem = dana.document.actionItems[0]!
    const named = done(actions.setActionItemOrganization(dana.document, { itemId: danaItem.id, what: danaItem.what, organization: walkers }, at(5)), dana.document)
    expect(named.document.actionItems[0]).toMatchObject({ ownerName: 'Dana Reyes', ownerOrganizationId: walkers.id })
    // Naming the organization it already has changes nothing.
    expect(actions.setActionItemOrganization(named.document, { itemId: danaItem.id, what: danaItem.what, organization: walkers }, at(6))).toBeUndefined()
  })

  it('capture a strength or an area for improvement about an objective; other kinds keep no objective', () => {
    const start = emptySessionDocument()
    const strength = done(actions.capture(start, { kind: 'strength', text: 'Outreach knew both groups', moduleId: 'm1', objectiveId: 'o2' }, at(1)), start)
    expect(strength.document.entries[0]).toMatchObject({ kind: 'strength', objectiveId: 'o2' })
    expect(worded(strength)).toBe('add strength')
    expect(worded(done(actions.capture(start, { kind: 'improvement', text: 'No call list', moduleId: 'm1' }, at(2)), start), 'es')).toBe('agregar área de mejora')
    const note = done(actions.capture(start, { kind: 'note', text: 'Quiet', moduleId: 'm1', objectiveId: 'o2' }, at(3)), start)
    expect(note.document.entries[0]).not.toHaveProperty('objectiveId')
  })

  it('add an action item with the improvement plan’s columns, and fill them in or clear them later, one undo step per field', () => {
    const start = emptySessionDocument()
    const added = done(
      actions.addActionItem(start, { what: 'Write the call list', ownerName: 'Dana', priority: 'high', capabilityElement: 'planning', pointOfContact: '  Dana, 773-555-0142 ', start: '2026-10-10' }, at(1)),
      start,
    )
    const item = added.document.actionItems[0]!
    expect(item).toMatchObject({ capabilityElement: 'planning', pointOfContact: 'Dana, 773-555-0142', start: '2026-10-10' })
    const element = done(actions.setActionItemPlan(added.document, { itemId: item.id, what: item.what, field: 'capabilityElement', value: 'training' }, at(2)), added.document)
    expect(element.document.actionItems[0]!.capabilityElement).toBe('training')
    expect(worded(element)).toBe('edit the plan of “Write the call list”')
    const due = done(actions.setActionItemPlan(element.document, { itemId: item.id, what: item.what, field: 'due', value: '2026-11-15' }, at(3)), element.document)
    expect(due.document.actionItems[0]!.due).toBe('2026-11-15')
    const cleared = done(actions.setActionItemPlan(due.document, { itemId: item.id, what: item.what, field: 'pointOfContact', value: '' }, at(4)), due.document)
    expect(cleared.document.actionItems[0]).not.toHaveProperty('pointOfContact')
    expect(cleared.coalesce).toBe(`action-plan:${item.id}:pointOfContact`)
    expect(actions.setActionItemPlan(cleared.document, { itemId: item.id, what: item.what, field: 'start', value: '2026-10-10' }, at(5))).toBeUndefined()
  })

  it('rate an objective and explain it; the label names the objective, never its id', () => {
    const start = emptySessionDocument()
    const objective = 'Coordinate the first response among street outreach, hospital-based violence intervention and victim services'
    const rated = done(actions.rateObjective(start, { objectiveId: 'o3', objective, rating: 'S' }, at(1)), start)
    expect(worded(rated)).toBe('rate “Coordinate the first response among street outr…” S')
    expect(worded(rated)).not.toContain('o3')
    const explained = done(actions.explainRating(rated.document, { objectiveId: 'o3', objective, reason: 'Slow handoff' }, at(2)), rated.document)
    expect(explained.coalesce).toBe('reason:o3')
    const rerated = done(actions.rateObjective(explained.document, { objectiveId: 'o3', objective, rating: 'M' }, at(3)), explained.document)
    expect(rerated.document.evaluations).toEqual([{ objectiveId: 'o3', rating: 'M', reason: 'Slow handoff', at: '2026-10-03T18:00:03.000Z' }])
    expect(actions.explainRating(start, { objectiveId: 'o9', objective, reason: 'no rating yet' }, at(4))).toBeUndefined()
  })
})

describe('the map’s actions', () => {
  const resource = nodeIdOf('resource', SERVICE)
  const need = nodeIdOf('need', 'light')

  it('add a resource once, link it once, commit an amount and hours, and remove the link', () => {
    const start = emptySessionDocument()
    const added = done(actions.addResource(start, { serviceId: SERVICE, name: 'Street light repair', x: 300, y: 0 }, at(1)), start)
    expect(actions.addResource(added.document, { serviceId: SERVICE, name: 'Street light repair', x: 0, y: 0 }, at(2))).toBeUndefined()
    const ends = { source: resource, target: need, kind: 'covers' as const, sourceName: 'Street light repair', targetName: 'Fix the light at Madison and Homan' }
    const linked = done(actions.linkItems(added.document, ends, at(3)), added.document)
    expect(worded(linked)).toBe('link: Street light repair covers Fix the light at Madison and Homan')
    expect(worded(linked, 'es')).toBe('enlazar: Street light repair cubre Fix the light at Madison and Homan')
    expect(actions.linkItems(linked.document, ends, at(4))).toBeUndefined()
    const edgeId = linked.document.graph.edges[0]!.id
    const committed = done(actions.commitLink(linked.document, { edgeId, amount: 2, when: 'Sat 20:00-02:00' }, at(5)), linked.document)
    expect(committed.document.graph.edges[0]).toMatchObject({ amount: 2, when: 'Sat 20:00-02:00' })
    const uncommitted = done(actions.commitLink(committed.document, { edgeId }, at(6)), committed.document)
    expect(uncommitted.document.graph.edges[0]).not.toHaveProperty('amount')
    const removed = done(actions.removeLink(uncommitted.document, { ...ends, edgeId }, at(7)), uncommitted.document)
    expect(removed.document.graph.edges).toEqual([])
    expect(worded(removed)).toBe('remove link: Street light repair covers Fix the light at Madison and Homan')
  })

  it('say who leads a need', () => {
    const start = emptySessionDocument()
    const led = done(actions.linkItems(start, { source: 'organization:o', target: need, kind: 'leads', sourceName: 'West Side Peace Walkers', targetName: 'Fix the light' }, at(1)), start)
    expect(worded(led)).toBe('link: West Side Peace Walkers leads Fix the light')
    expect(worded(led, 'es')).toBe('enlazar: West Side Peace Walkers lidera Fix the light')
  })

  it('move items by hand (pinned; one step while nudging) and arrange the rest', () => {
    const start = emptySessionDocument()
    const moved = done(actions.moveItems(start, { moves: [{ id: need, x: 5, y: 6 }], firstName: 'Fix the light' }, at(1)), start)
    expect(moved.document.graph.nodes).toEqual([{ id: need, kind: 'need', refId: 'light', x: 5, y: 6, pinned: true }])
    expect(moved.coalesce).toBe(`move:${need}`)
    expect(worded(moved)).toBe('move Fix the light')
    const many = actions.moveItems(start, { moves: [{ id: need, x: 1, y: 1 }, { id: resource, x: 2, y: 2 }], firstName: 'Fix the light' }, at(2))!
    expect(worded(many)).toBe('move 2 items')
    expect(worded(many, 'es')).toBe('mover 2 elementos')
    const arranged = done(actions.arrangeMap(moved.document, { moves: [{ id: need, x: 900, y: 0 }], includeMovedByHand: true }, at(3)), moved.document)
    expect(arranged.document.graph.nodes[0]).toMatchObject({ x: 900, pinned: false })
    expect(worded(arranged)).toBe('arrange the whole map')
  })

  it('add a suggested resource and link it to the need in one step', () => {
    const start = emptySessionDocument()
    const change = done(actions.addAndLink(start, { serviceId: SERVICE, name: 'Street light repair', needId: 'light', x: 300, y: 0 }, at(1)), start)
    expect(change.document.graph.nodes.map((n) => n.id)).toEqual([resource])
    expect(change.document.graph.edges).toMatchObject([{ kind: 'covers', source: resource, target: need }])
    expect(worded(change)).toBe('add and link Street light repair')
  })
})
