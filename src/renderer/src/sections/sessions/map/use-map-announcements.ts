// What the map says to a screen reader as the room works on it: the change between the last two
// settled readings of the map (mapAnnouncements), worded in the window's language (the console's,
// or the presenter's own). Nothing on the first reading, and nothing while a new resource's name
// is still being fetched.
import { useEffect, useMemo, useRef, useState } from 'react'
import { mapAnnouncements, type MapSnapshot } from '../../../../../shared/session/map-announcements'
import { kindOfNodeId, nodeIdOf, refIdOf } from '../../../../../shared/session/graph'
import { useT } from '../../../i18n/use-t'
import type { useMapModel } from './use-map-model'

/** What the announcements read of a map: the console's map state and the presenter's map model both have it. */
export type AnnouncedMap = Pick<ReturnType<typeof useMapModel>, 'settled' | 'assessments' | 'edges' | 'resourceIds' | 'services' | 'labelOf'>

export function useMapAnnouncements(map: AnnouncedMap): string {
  const t = useT()
  const { settled, assessments, edges, resourceIds, services, labelOf } = map
  const snapshot = useMemo((): MapSnapshot | undefined => {
    if (!settled) return undefined
    const resourceName = (id: string) => services.get(id)?.name ?? t('map.resourceGone')
    const nameOf = (nodeId: string) => (kindOfNodeId(nodeId) === 'resource' ? resourceName(refIdOf(nodeId)) : labelOf(nodeId))
    return {
      needs: assessments.map((a) => ({ id: a.needId, label: labelOf(nodeIdOf('need', a.needId)), covered: a.covered, reasons: a.reasons.length })),
      resources: resourceIds.map((id) => ({ id, label: resourceName(id) })),
      links: edges.map((e) => ({ id: e.id, source: nameOf(e.source), kind: e.data!.kind, target: nameOf(e.target) })),
    }
  }, [settled, assessments, edges, resourceIds, services, labelOf, t])
  const before = useRef<MapSnapshot | undefined>(undefined)
  const [said, setSaid] = useState('')
  useEffect(() => {
    if (!snapshot) return
    const previous = before.current
    before.current = snapshot
    if (!previous) return
    const messages = mapAnnouncements(previous, snapshot)
    // Nothing new leaves the last words as they are: a screen reader says each change once.
    if (messages.length > 0) setSaid(messages.map((m) => t(m.key, m.values)).join(' '))
  }, [snapshot, t])
  return said
}
