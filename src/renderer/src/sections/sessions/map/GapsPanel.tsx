// The side panel's gaps: every need with a gap and why, suggestions to close it, and prevention.
import { nodeIdOf } from '../../../../../shared/session/graph'
import { GapList } from './GapList'
import { PreventionView } from './PreventionView'
import type { SessionMapState } from './use-session-map'

export function GapsPanel({ map, areaNumber }: { map: SessionMapState; areaNumber: number }) {
  return (
    <div className="panel-stack">
      <GapList
        gaps={map.gaps}
        total={map.assessments.length}
        needOf={map.needOf}
        labelOf={(needId) => map.labelOf(nodeIdOf('need', needId))}
        resourceName={map.resourceName}
        areaNumber={areaNumber}
        linkedResourceIds={(needId) => map.coverages.filter((c) => c.needId === needId).map((c) => c.resourceId)}
        ledNeedIds={map.ledNeedIds}
        onAddAndLink={map.addSuggested}
      />
      <PreventionView needs={map.prevention} assessments={map.assessments} fill={map.fill} resourceName={map.resourceName} />
    </div>
  )
}
