// The side panel's gaps: every need with a gap and why, suggestions to close it, and prevention.
import { nodeIdOf } from '../../../../../shared/session/graph'
import { GapList } from './GapList'
import { PreventionView } from './PreventionView'
import type { SessionMapState } from './use-session-map'

export function GapsPanel({ map, readOnly = false }: { map: SessionMapState; readOnly?: boolean }) {
  return (
    <div className="panel-stack">
      <GapList
        gaps={map.gaps}
        total={map.assessments.length}
        gapNeedOf={map.gapNeedOf}
        whenTextOf={(needId) => map.needOf(needId)?.when}
        labelOf={(needId) => map.labelOf(nodeIdOf('need', needId))}
        resourceName={map.resourceName}
        linksOf={map.linksOf}
        ledNeedIds={map.ledNeedIds}
        onAddAndLink={map.addSuggested}
        onCount={map.countFor}
        readOnly={readOnly}
      />
      <PreventionView needs={map.prevention} assessments={map.assessments} fill={map.fill} resourceName={map.resourceName} />
    </div>
  )
}
