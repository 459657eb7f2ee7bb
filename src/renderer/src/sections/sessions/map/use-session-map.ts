// The exercise map's state and the room's gestures on it, for the console to place its parts
// where they fit: the canvas in the middle, gaps and resources in the side panel.
import { useCallback, useMemo, useState } from 'react'
import { gapNeedsOf, preventionNeeds } from '../../../../../shared/exercise/session-needs'
import type { Scenario } from '../../../../../shared/scenario/schema'
import { addAndLink, addResource, arrangeMap, commitLink, countLink, linkItems, moveItems, removeLink } from '../../../../../shared/session/actions'
import type { SessionDocument } from '../../../../../shared/session/document'
import { edgeKindsFor, kindOfNodeId, nodeIdOf, refIdOf, type ItemMove, type MapEdgeKind } from '../../../../../shared/session/graph'
import { fillVariables, type Participant } from '../../../../../shared/session/model'
import { call } from '../../../api/client'
import { useT } from '../../../i18n/use-t'
import type { Perform } from '../use-session-document'
import { layoutRequestOf } from './layout'
import { defaultPosition, freeSpot } from './model'
import { useAutoLayout } from './use-auto-layout'
import { useMapModel } from './use-map-model'

export interface SessionMapInput {
  scenario: Scenario
  variables: Record<string, string>
  participants: readonly Participant[]
  document: SessionDocument
  areaNumber: number
  perform: Perform
}

export function useSessionMap({ scenario, variables, participants, document, areaNumber, perform }: SessionMapInput) {
  const t = useT()
  const model = useMapModel({ scenario, variables, participants, document, areaNumber })
  const { nodes, edges, needs, assessments, leads, resourceIds, services, labelOf } = model
  const [focusId, setFocusId] = useState<string | undefined>()
  const [selectedEdgeId, setSelectedEdgeId] = useState<string | undefined>()
  const [arrangeAll, setArrangeAll] = useState(false)
  const [layoutError, setLayoutError] = useState<string | undefined>()
  /** Counts the arrangements done, so the canvas fits the view to each one. */
  const [arranged, setArranged] = useState(0)
  const { arrange, arranging } = useAutoLayout()

  const fill = useCallback((text: string) => fillVariables(text, variables), [variables])
  const resourceName = (id: string) => services.get(id)?.name ?? t('map.resourceGone')
  const needOf = (needId: string) => needs.find((n) => n.id === needId)

  const connect = (from: string, to: string, kind?: MapEdgeKind) => {
    const linkKind = kind ?? edgeKindsFor(kindOfNodeId(from), kindOfNodeId(to))[0]
    if (linkKind) perform(linkItems, { source: from, target: to, kind: linkKind, sourceName: labelOf(from), targetName: labelOf(to) })
  }
  /** Where the next resource added without a drop point goes: its column, wherever there is room. */
  const nextResourcePosition = () =>
    freeSpot(
      defaultPosition('resource', resourceIds.length, { organization: nodes.filter((n) => n.type === 'organization').length, resource: resourceIds.length + 1 }),
      nodes.map((n) => n.position),
    )
  const add = (serviceId: string, name: string, at?: { x: number; y: number }) => {
    perform(addResource, { serviceId, name, ...(at ?? nextResourcePosition()), pinned: at !== undefined })
  }
  const dropResource = (serviceId: string, at: { x: number; y: number }) => {
    call('inventory.servicesByIds', { ids: [serviceId] }).then(([service]) => service && add(service.id, service.name, at), () => undefined)
  }
  const move = (moves: ItemMove[]) => perform(moveItems, { moves, firstName: labelOf(moves[0]!.id) })
  const runLayout = () => {
    const pinned = new Set(document.graph.nodes.filter((n) => n.pinned).map((n) => nodeIdOf(n.kind, n.refId)))
    const free = nodes.filter((n) => arrangeAll || !pinned.has(n.id))
    setLayoutError(undefined)
    arrange(layoutRequestOf(free, edges)).then(
      (positions) => {
        const moves = Object.entries(positions).map(([id, p]) => ({ id, ...p }))
        if (moves.length > 0) perform(arrangeMap, { moves, includeMovedByHand: arrangeAll })
        setArranged((n) => n + 1)
      },
      (e: unknown) => setLayoutError((e as Error).message),
    )
  }

  const selectedEdge = document.graph.edges.find((e) => e.id === selectedEdgeId)
  const commitSelected = (update: { amount?: number | undefined; when?: string | undefined }) => selectedEdge && perform(commitLink, { edgeId: selectedEdge.id, ...update })
  const countSelected = (counts: boolean) => selectedEdge && perform(countLink, { edgeId: selectedEdge.id, counts })
  const removeSelected = () => {
    if (!selectedEdge) return
    const { id: edgeId, source, target, kind } = selectedEdge
    perform(removeLink, { edgeId, source, target, kind, sourceName: labelOf(source), targetName: labelOf(target) })
    setSelectedEdgeId(undefined)
  }
  const addSuggested = (needId: string, suggestion: { resourceId: string; name: string }) =>
    perform(addAndLink, { serviceId: suggestion.resourceId, name: suggestion.name, needId, ...nextResourcePosition() })

  const coversLinks = document.graph.edges.filter((e) => e.kind === 'covers')
  /** What the room linked to a need, as its links say it. */
  const linksOf = (needId: string) =>
    coversLinks
      .filter((e) => e.target === nodeIdOf('need', needId))
      .map((e) => ({ resourceId: refIdOf(e.source), ...(e.amount !== undefined ? { amount: e.amount } : {}), ...(e.when ? { when: e.when } : {}), ...(e.counts ? { counts: true } : {}) }))
  /** The room says a resource of another kind counts for the need. */
  const countFor = (needId: string, resourceId: string) => {
    const edge = coversLinks.find((e) => e.target === nodeIdOf('need', needId) && e.source === nodeIdOf('resource', resourceId))
    if (edge) perform(countLink, { edgeId: edge.id, counts: true })
  }
  const gapNeeds = useMemo(() => new Map(gapNeedsOf(scenario, needs, areaNumber).map((n) => [n.id, n])), [scenario, needs, areaNumber])

  const gaps = useMemo(() => assessments.filter((a) => !a.covered), [assessments])
  const prevention = useMemo(() => preventionNeeds(scenario), [scenario])
  const ledNeedIds = useMemo(() => new Set(leads.map((l) => l.needId)), [leads])

  return {
    ...model,
    fill,
    resourceName,
    needOf,
    unitOfSelected: selectedEdge ? needOf(refIdOf(selectedEdge.target))?.amount?.unit : undefined,
    /** The selected link joins a resource to a need of another kind (the room may say it counts). */
    selectedIsOtherKind:
      selectedEdge?.kind === 'covers' &&
      (selectedEdge.counts === true || services.get(refIdOf(selectedEdge.source))?.category !== needOf(refIdOf(selectedEdge.target))?.category),
    focusId,
    setFocusId,
    selectedEdge,
    setSelectedEdgeId,
    arrangeAll,
    setArrangeAll,
    arranging,
    arranged,
    layoutError,
    connect,
    add,
    dropResource,
    move,
    runLayout,
    commitSelected,
    countSelected,
    removeSelected,
    addSuggested,
    linksOf,
    countFor,
    gapNeedOf: (needId: string) => gapNeeds.get(needId),
    gaps,
    prevention,
    ledNeedIds,
  }
}

export type SessionMapState = ReturnType<typeof useSessionMap>
