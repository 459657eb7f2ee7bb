// Adding inventory resources to the map: search the inventory (this area and citywide), then
// drag a result onto the map or press its button.
import { useEffect, useId, useState } from 'react'
import type { ServiceListItem } from '../../../../../shared/inventory/model'
import { call } from '../../../api/client'
import { RESOURCE_DRAG_TYPE } from './MapCanvas'

export function AddResource({ areaNumber, present, onAdd }: { areaNumber: number; present: ReadonlySet<string>; onAdd: (service: ServiceListItem) => void }) {
  const [query, setQuery] = useState('')
  const [results, setResults] = useState<ServiceListItem[]>([])
  const id = useId()
  useEffect(() => {
    let live = true
    call('inventory.listServices', { query, areaNumber, status: 'active', limit: 8 }).then((page) => live && setResults(page.items), () => undefined)
    return () => {
      live = false
    }
  }, [query, areaNumber])
  return (
    <section aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Add a resource from the inventory</h3>
      <label htmlFor={id}>Search resources in this area</label>
      <input id={id} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      <p className="hint">Drag one onto the map, or press it to add it.</p>
      <ul className="resource-results">
        {results.map((service) => (
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
              aria-label={`Add ${service.name} (${service.organizationName}) to the map`}
            >
              + {service.name} <span className="muted">{service.organizationName}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}
