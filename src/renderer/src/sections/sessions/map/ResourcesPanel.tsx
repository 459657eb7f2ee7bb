// The side panel's resources and links: add an inventory resource, link two items, and what the
// selected link commits.
import { AddResource } from './AddResource'
import { LinkDetails } from './LinkDetails'
import { LinkForm } from './LinkForm'
import type { SessionMapState } from './use-session-map'

export function ResourcesPanel({ map, areaNumber }: { map: SessionMapState; areaNumber: number }) {
  const edge = map.selectedEdge
  return (
    <div className="panel-stack">
      {edge && (
        <LinkDetails key={edge.id} edge={edge} labelOf={map.labelOf} unit={map.unitOfSelected} onChange={map.commitSelected} onRemove={map.removeSelected} onCount={map.countSelected} otherKind={map.selectedIsOtherKind} />
      )}
      <AddResource areaNumber={areaNumber} present={new Set(map.resourceIds)} onAdd={(service) => map.add(service.id, service.name)} />
      <LinkForm nodes={map.nodes.map((n) => ({ id: n.id, label: n.data.label }))} onLink={map.connect} />
    </div>
  )
}
