// An exercise played through the real services as a facilitator would run it: the school
// dismissal case example in North Lawndale, three people signed in, two modules with injects,
// notes, a decision, strengths and areas for improvement, a resource committed, a lead named,
// ratings, action items with the improvement plan's columns, and a parking-lot item.
import { randomUUID } from 'node:crypto'
import { addActionItem, addResource, capture, commitLink, explainRating, goToModule, linkItems, rateObjective, revealInject, type SessionAction } from '../../src/shared/session/actions'
import { nodeIdOf } from '../../src/shared/session/graph'
import type { SessionDocument } from '../../src/shared/session/document'
import type { startApp } from './app'

type Call = ReturnType<typeof startApp>['call']

export const SCHOOL_EXAMPLE = 'A fight at school dismissal, and a video that spreads'
/** Text a hostile room might type: markup, a formula, right-to-left script, emoji. */
export const HOSTILE = '=HYPERLINK("http://x") <script>alert(1)</script> مرحبا 👋🏽'

export interface PlayedSession {
  sessionId: string
  /** Organizations by their name in the starter inventory. */
  organizations: Map<string, string>
  mediationServiceId: string
}

export async function playSchoolSession(call: Call, clock: () => Date, options: { finish?: boolean; hostile?: boolean; date?: string } = {}): Promise<PlayedSession> {
  const summary = (await call('scenarios.list', {})).find((s) => s.title === SCHOOL_EXAMPLE)!
  const { scenario } = await call('scenarios.get', { id: summary.id })
  const organizations = new Map((await call('inventory.listOrganizations', {})).map((o) => [o.name, o.id]))
  const session = await call('sessions.create', {
    scenarioId: scenario.id,
    areaNumber: 29,
    date: options.date ?? '2026-10-03',
    place: 'Lawndale Christian Community Church, lower hall',
    facilitator: 'Rosa Delgado',
    variables: { school: 'Collins Academy', street: 'Ogden Avenue' },
  })
  const peaceWalkers = organizations.get('West Side Peace Walkers (sample)')!
  const health = organizations.get('Department of Public Health (sample)')!
  const safePassage = organizations.get('Public Schools Safe Passage (sample)')!
  await call('sessions.addParticipant', { sessionId: session.id, name: 'Dana Reyes', role: 'participant', organizationId: peaceWalkers, contact: 'dana@example.org', contactConsent: true })
  await call('sessions.addParticipant', { sessionId: session.id, name: 'Sam Ortiz', role: 'participant', organizationId: health })
  await call('sessions.addParticipant', { sessionId: session.id, name: 'Lee Park', role: 'evaluator', organizationId: safePassage })
  await call('sessions.setStatus', { id: session.id, status: 'running' })

  let { revision, document } = await call('sessions.state', { id: session.id })
  const act = async <P,>(action: SessionAction<P>, params: P): Promise<void> => {
    const done = action(document as SessionDocument, params, { now: clock(), newId: randomUUID })
    if (!done) throw new Error(`${action.actionName} changed nothing`)
    revision = (await call('sessions.applyChange', { sessionId: session.id, baseRevision: revision, label: done.label, patches: done.patches as never, inversePatches: done.inversePatches as never })).revision
    document = done.document
  }
  const [first, second] = scenario.modules
  const service = (await call('inventory.listServices', { query: 'Retaliation mediation' })).items[0]!

  await act(goToModule, { moduleId: first!.id, title: first!.title })
  await act(revealInject, { moduleId: first!.id, injectId: first!.injects[0]!.id, title: first!.injects[0]!.title })
  await act(capture, { kind: 'note', text: 'Safe Passage saw the two groups leave toward Ogden.', moduleId: first!.id, injectId: first!.injects[0]!.id, organizationId: safePassage })
  await act(capture, { kind: 'decision', text: 'Peace Walkers call both families tonight.', moduleId: first!.id, injectId: first!.injects[0]!.id, organizationId: peaceWalkers })
  await act(capture, { kind: 'strength', text: 'Outreach knew both groups by name.', moduleId: first!.id, organizationId: peaceWalkers, objectiveId: scenario.overview.objectives[0]!.id })
  await act(capture, { kind: 'improvement', text: 'No shared list of who to call after school hours.', moduleId: first!.id, objectiveId: scenario.overview.objectives[1]!.id })
  await act(capture, { kind: 'parking-lot', text: options.hostile ? HOSTILE : 'Bus route changes on Ogden: ask CTA.', moduleId: first!.id })
  await act(addResource, { serviceId: service.id, name: service.name, x: 320, y: 0 })
  const needNode = nodeIdOf('need', first!.needs[0]!.id)
  await act(linkItems, { source: nodeIdOf('resource', service.id), target: needNode, kind: 'covers', sourceName: service.name, targetName: first!.needs[0]!.description })
  const covers = document.graph.edges.find((e) => e.kind === 'covers')!
  await act(commitLink, { edgeId: covers.id, amount: 2, when: 'Thu 17:00-21:00' })
  await act(linkItems, { source: nodeIdOf('organization', peaceWalkers), target: needNode, kind: 'leads', sourceName: 'West Side Peace Walkers (sample)', targetName: first!.needs[0]!.description })

  await act(goToModule, { moduleId: second!.id, title: second!.title })
  await act(revealInject, { moduleId: second!.id, injectId: second!.injects[0]!.id, title: second!.injects[0]!.title })
  await act(capture, { kind: 'observation', text: options.hostile ? HOSTILE : 'Nobody owns the video takedown request.', moduleId: second!.id, injectId: second!.injects[0]!.id })
  await act(rateObjective, { objectiveId: scenario.overview.objectives[0]!.id, objective: 'o1', rating: 'S' })
  await act(explainRating, { objectiveId: scenario.overview.objectives[0]!.id, objective: 'o1', reason: 'Outreach moved fast; the school was not in the loop.' })
  await act(rateObjective, { objectiveId: scenario.overview.objectives[1]!.id, objective: 'o2', rating: 'M' })
  await act(addActionItem, {
    what: 'Write a shared after-hours call list for the school, outreach and CPD district.',
    ownerName: 'Dana Reyes',
    ownerOrganizationId: peaceWalkers,
    due: '2026-11-15',
    priority: 'high',
    capabilityElement: 'planning',
    pointOfContact: 'Dana Reyes',
    start: '2026-10-10',
  })
  await act(addActionItem, { what: options.hostile ? HOSTILE : 'Ask the platform contacts for a takedown path.', ownerName: 'Sam Ortiz', ownerOrganizationId: health, priority: 'medium' })

  if (options.finish !== false) await call('sessions.setStatus', { id: session.id, status: 'finished' })
  return { sessionId: session.id, organizations, mediationServiceId: service.id }
}
