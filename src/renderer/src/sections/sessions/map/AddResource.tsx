// Adding inventory resources to the map: search the whole inventory — this area first, then
// citywide, then elsewhere, marked as not serving the area — then drag a result onto the map or
// press its button.
import './resources.css'
import { useEffect, useId, useState } from 'react'
import type { ServiceListItem } from '../../../../../shared/inventory/model'
import { call } from '../../../api/client'
import { useAreaNames } from '../../../api/use-community-areas'
import { useT } from '../../../i18n/use-t'
import { RESOURCE_DRAG_TYPE } from './MapCanvas'
import { orderByReach, SHOWN, type Reach } from './reach'

export function AddResource({ areaNumber, present, onAdd }: { areaNumber: number; present: ReadonlySet<string>; onAdd: (service: ServiceListItem) => void }) {
  const t = useT()
  const areaName = useAreaNames().get(areaNumber) ?? String(areaNumber)
  const [query, setQuery] = useState('')
  const [results, setResults] = useState<{ service: ServiceListItem; reach: Reach }[] | undefined>()
  const id = useId()
  useEffect(() => {
    let live = true
    // Those serving the area (citywide ones included) and the whole inventory, side by side.
    Promise.all([
      call('inventory.listServices', { query, areaNumber, status: 'active', limit: SHOWN }),
      call('inventory.listServices', { query, status: 'active', limit: SHOWN }),
    ]).then(([here, everywhere]) => live && setResults(orderByReach([here.items, everywhere.items], areaNumber)), () => undefined)
    return () => {
      live = false
    }
  }, [query, areaNumber])
  return (
    <section aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('addResource.title')}</h3>
      <label htmlFor={id}>{t('addResource.search')}</label>
      <input id={id} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      <p className="hint">{t('addResource.hint', { area: areaName })}</p>
      {results?.length === 0 && (
        <p className="muted small" role="status">
          {query.trim() === '' ? t('addResource.empty') : t('addResource.nothing', { query: query.trim() })}
        </p>
      )}
      <ul className="resource-results">
        {(results ?? []).map(({ service, reach }) => (
          <li key={service.id}>
            <button
              type="button"
              className="button quiet"
              draggable={!present.has(service.id)}
              onDragStart={(event) => {
                event.dataTransfer.setData(RESOURCE_DRAG_TYPE, service.id)
                event.dataTransfer.effectAllowed = 'copy'
              }}
              disabled={present.has(service.id)}
              onClick={() => onAdd(service)}
              aria-label={t('addResource.add', { name: service.name, organization: service.organizationName, reach, area: areaName })}
            >
              + {service.name} <span className="muted">{service.organizationName}</span>
              {reach !== 'area' && <span className={`reach reach-${reach}`}>{t('addResource.reach', { reach, area: areaName })}</span>}
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}
