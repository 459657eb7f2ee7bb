// The exercise map in the console: needs of the modules the room has reached (and always the
// prevention needs), the organizations at the table and the inventory resources the room names,
// linked as they talk — with the gaps, the prevention view and the tools to add and link beside it.
import { LayoutGrid, LocateFixed, X } from 'lucide-react'
import { useId, useMemo, useState } from 'react'
import type { Scenario } from '../../../../../shared/scenario/schema'
import { preventionNeeds } from '../../../../../shared/exercise/session-needs'
import { addAndLink, addResource, arrangeMap, commitLink, linkItems, moveItems, removeLink } from '../../../../../shared/session/actions'
import type { SessionDocument } from '../../../../../shared/session/document'
import { edgeKindsFor, kindOfNodeId, nodeIdOf, refIdOf, type MapEdgeKind } from '../../../../../shared/session/graph'
import { fillVariables, type Participant } from '../../../../../shared/session/model'
import type { Perform } from '../use-session-document'
import { AddResource } from './AddResource'
import { GapList } from './GapList'
import { LinkDetails } from './LinkDetails'
import { layoutRequestOf } from './layout'
import { LinkForm } from './LinkForm'
import { MapCanvas } from './MapCanvas'
import { defaultPosition } from './model'
import { PreventionView } from './PreventionView'
import { call } from '../../../api/client'
import { useAutoLayout } from './use-auto-layout'
import { useMapModel } from './use-map-model'

interface Props {
  scenario: Scenario
  variables: Record<string, string>
  participants: readonly Participant[]
  document: SessionDocument
  areaNumber: number
  perform: Perform
}

export function SessionMap({ scenario, variables, participants, document, areaNumber, perform }: Props) {
  const model = useMapModel({ scenario, variables, participants, document, areaNumber })
  const { nodes, edges, needs, assessments, coverages, leads, resourceIds, services, labelOf } = model
  const [focusId, setFocusId] = useState<string | undefined>()
  const [selectedEdgeId, setSelectedEdgeId] = useState<string | undefined>()
  const [arrangeAll, setArrangeAll] = useState(false)
  const [layoutError, setLayoutError] = useState<string | undefined>()
  const { arrange, arranging } = useAutoLayout()
  const focusSelect = useId()
  const fill = (text: string) => fillVariables(text, variables)
  const resourceName = (id: string) => services.get(id)?.name ?? 'a resource no longer in the inventory'

  const connect = (from: string, to: string, kind?: MapEdgeKind) => {
    const linkKind = kind ?? edgeKindsFor(kindOfNodeId(from), kindOfNodeId(to))[0]
    if (linkKind) perform(linkItems, { source: from, target: to, kind: linkKind, sourceName: labelOf(from), targetName: labelOf(to) })
  }
  /** Where the next resource added without a drop point starts: after those already there. */
  const nextResourcePosition = (resourceCount: number) =>
    defaultPosition('resource', resourceCount, { organization: nodes.filter((n) => n.type === 'organization').length, resource: resourceCount + 1 })
  const add = (serviceId: string, name: string, at?: { x: number; y: number }) => {
    const position = at ?? nextResourcePosition(resourceIds.length)
    perform(addResource, { serviceId, name, ...position, pinned: at !== undefined })
  }
  const runLayout = () => {
    const pinned = new Set(document.graph.nodes.filter((n) => n.pinned).map((n) => nodeIdOf(n.kind, n.refId)))
    const free = nodes.filter((n) => arrangeAll || !pinned.has(n.id))
    setLayoutError(undefined)
    arrange(layoutRequestOf(free, edges)).then(
      (positions) => {
        const moves = Object.entries(positions).map(([id, p]) => ({ id, ...p }))
        if (moves.length > 0) perform(arrangeMap, { moves, includeMovedByHand: arrangeAll })
      },
      (e: unknown) => setLayoutError((e as Error).message),
    )
  }

  const selectedEdge = document.graph.edges.find((e) => e.id === selectedEdgeId)
  const gaps = useMemo(() => assessments.filter((a) => !a.covered), [assessments])
  const prevention = useMemo(() => preventionNeeds(scenario), [scenario])
  const ledNeedIds = useMemo(() => new Set(leads.map((l) => l.needId)), [leads])
  const needOf = (needId: string) => needs.find((n) => n.id === needId)

  return (
    <section className="session-map" aria-labelledby="map-title">
      <h2 id="map-title">Map and gaps</h2>
      <div className="map-toolbar" role="toolbar" aria-label="Map tools">
        <button type="button" className="button" onClick={runLayout} disabled={arranging}>
          <LayoutGrid aria-hidden size={18} /> {arranging ? 'Arranging…' : 'Arrange'}
        </button>
        <label className="inline-check">
          <input type="checkbox" checked={arrangeAll} onChange={(e) => setArrangeAll(e.target.checked)} /> Include items I moved by hand
        </label>
        <label htmlFor={focusSelect}>
          <LocateFixed aria-hidden size={18} /> Focus on
        </label>
        <select id={focusSelect} value={focusId ?? ''} onChange={(e) => setFocusId(e.target.value || undefined)}>
          <option value="">Everything</option>
          {nodes.map((n) => (
            <option key={n.id} value={n.id}>
              {n.ariaLabel}
            </option>
          ))}
        </select>
        {focusId && (
          <button type="button" className="button quiet" onClick={() => setFocusId(undefined)}>
            <X aria-hidden size={16} /> Show everything
          </button>
        )}
        {layoutError && (
          <p className="field-error" role="alert">
            {layoutError}
          </p>
        )}
      </div>
      <div className="map-layout">
        <MapCanvas
          label="Map of needs, organizations and resources"
          nodes={nodes}
          edges={edges}
          focusId={focusId}
          onFocus={setFocusId}
          onConnect={(from, to) => connect(from, to)}
          onMove={(moves) => perform(moveItems, { moves, firstName: labelOf(moves[0]!.id) })}
          onDropResource={(serviceId, at) => {
            call('inventory.servicesByIds', { ids: [serviceId] }).then(([service]) => service && add(service.id, service.name, at), () => undefined)
          }}
          onSelectEdge={setSelectedEdgeId}
        />
        <aside className="map-side">
          <AddResource areaNumber={areaNumber} present={new Set(resourceIds)} onAdd={(service) => add(service.id, service.name)} />
          <LinkForm nodes={nodes.map((n) => ({ id: n.id, label: n.data.label }))} onLink={connect} />
          {selectedEdge && (
            <LinkDetails
              key={selectedEdge.id}
              edge={selectedEdge}
              labelOf={labelOf}
              unit={needOf(refIdOf(selectedEdge.target))?.amount?.unit}
              onChange={(update) => perform(commitLink, { edgeId: selectedEdge.id, ...update })}
              onRemove={() => {
                perform(removeLink, {
                  edgeId: selectedEdge.id,
                  source: selectedEdge.source,
                  target: selectedEdge.target,
                  kind: selectedEdge.kind,
                  sourceName: labelOf(selectedEdge.source),
                  targetName: labelOf(selectedEdge.target),
                })
                setSelectedEdgeId(undefined)
              }}
            />
          )}
          <GapList
            gaps={gaps}
            total={assessments.length}
            needOf={needOf}
            labelOf={(needId) => labelOf(nodeIdOf('need', needId))}
            resourceName={resourceName}
            areaNumber={areaNumber}
            linkedResourceIds={(needId) => coverages.filter((c) => c.needId === needId).map((c) => c.resourceId)}
            ledNeedIds={ledNeedIds}
            onAddAndLink={(needId, suggestion) =>
              perform(addAndLink, { serviceId: suggestion.resourceId, name: suggestion.name, needId, ...nextResourcePosition(resourceIds.length) })
            }
          />
          <PreventionView needs={prevention} assessments={assessments} fill={fill} resourceName={resourceName} />
        </aside>
      </div>
    </section>
  )
}
