// The map model of a session as React state: the inventory services on the map are fetched in
// one trip whenever the set of them changes, and the model is worked out again only when its
// inputs change.
import { useEffect, useMemo, useState } from 'react'
import { useIntl } from 'react-intl'
import type { Language } from '../../../../../shared/i18n/catalog'
import type { Resource } from '../../../../../shared/exercise/resource'
import { call } from '../../../api/client'
import { useAppToday } from '../../../lib/clock'
import { buildMapModel, type MapInput, type MapModel, type MapService } from './model'

export function useMapModel(input: Omit<MapInput, 'services' | 'today'>): MapModel & { services: ReadonlyMap<string, MapService>; settled: boolean } {
  const { scenario, variables, participants, document, areaNumber } = input
  const resourceKey = document.graph.nodes
    .filter((n) => n.kind === 'resource')
    .map((n) => n.refId)
    .join(',')
  const { services, settled } = useServices(resourceKey)
  const today = useAppToday()
  // The model words its labels (urgency, links, screen-reader names) in the app's language: again when it changes.
  const language = useIntl().locale as Language
  const model = useMemo(
    () => buildMapModel({ scenario, variables, participants, document, areaNumber, services, today, language }),
    [scenario, variables, participants, document, areaNumber, services, today, language],
  )
  return { ...model, services, settled }
}

/**
 * The services with these ids (comma-joined), refreshed when the set changes; settled once they
 * are fetched for the set as it is now (until then a new resource has no name yet).
 */
function useServices(idList: string): { services: ReadonlyMap<string, MapService>; settled: boolean } {
  const [loaded, setLoaded] = useState<{ idList: string; services: ReadonlyMap<string, MapService> }>({ idList: '', services: new Map() })
  useEffect(() => {
    const ids = idList === '' ? [] : idList.split(',')
    if (ids.length === 0) return
    let live = true
    call('inventory.servicesByIds', { ids }).then(
      (items: Resource[]) => live && setLoaded({ idList, services: new Map(items.map((item) => [item.id, item])) }),
      () => live && setLoaded((previous) => ({ idList, services: previous.services })),
    )
    return () => {
      live = false
    }
  }, [idList])
  return { services: loaded.services, settled: idList === '' || loaded.idList === idList }
}
