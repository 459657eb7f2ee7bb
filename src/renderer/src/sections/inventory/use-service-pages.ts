// Loads the services for a filter one page at a time, as the table scrolls to them, so 50,000
// services never cross the bridge at once.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { ServiceFilterInput, ServiceListItem } from '../../../../shared/inventory/model'
import { call, errorMessage } from '../../api/client'

export const PAGE_SIZE = 200

interface PagesState {
  /** Which filter these pages belong to. */
  key: string
  total: number | undefined
  pages: ReadonlyMap<number, ServiceListItem[]>
  error: string | undefined
}

export function useServicePages(filter: Omit<ServiceFilterInput, 'offset' | 'limit'>) {
  const key = JSON.stringify(filter)
  const [state, setState] = useState<PagesState>({ key, total: undefined, pages: new Map(), error: undefined })
  const requested = useRef(new Set<string>())
  const requestedFor = useRef(key)
  const [reloads, setReloads] = useState(0)

  const loadPage = useCallback(
    (page: number) => {
      // Only the pages of the filter shown now are kept: coming back to an earlier filter asks again.
      if (requestedFor.current !== key) {
        requestedFor.current = key
        requested.current.clear()
      }
      const requestKey = `${key}#${reloads}#${page}`
      if (requested.current.has(requestKey)) return
      requested.current.add(requestKey)
      call('inventory.listServices', { ...filter, offset: page * PAGE_SIZE, limit: PAGE_SIZE }).then(
        ({ items, total }) =>
          setState((previous) => {
            const fresh = previous.key !== key ? new Map<number, ServiceListItem[]>() : new Map(previous.pages)
            fresh.set(page, items)
            return { key, total, pages: fresh, error: undefined }
          }),
        (error: unknown) => {
          requested.current.delete(requestKey)
          setState((previous) => ({ ...previous, key, error: errorMessage(error) }))
        },
      )
    },
    // The filter is captured through its key.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key, reloads],
  )

  useEffect(() => loadPage(0), [loadPage])

  const current = state.key === key ? state : { key, total: undefined, pages: new Map<number, ServiceListItem[]>(), error: undefined }

  const itemAt = useCallback(
    (index: number): ServiceListItem | undefined => current.pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE],
    [current.pages],
  )

  /** Drops every loaded page and starts again (after an edit, an import or a delete). */
  const reload = useCallback(() => {
    requested.current.clear()
    setReloads((n) => n + 1)
  }, [])

  return { total: current.total, error: current.error, itemAt, loadPage, reload }
}
