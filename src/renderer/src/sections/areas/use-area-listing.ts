// Loads the community areas for a search, keeping only the answer to the latest request.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { CallOutput } from '../../../../shared/contract'
import type { CommunityArea } from '../../../../shared/community-areas'
import { call, errorMessage } from '../../api/client'

type Listing = CallOutput<'areas.list'>

export interface ListingState {
  /** The last listing that arrived (kept while a newer search is on its way). */
  listing: Listing | undefined
  error: string | undefined
}

export function useAreaListing(query: string, focusOnly: boolean) {
  const [state, setState] = useState<ListingState>({ listing: undefined, error: undefined })
  const latestRequest = useRef(0)

  const load = useCallback(() => {
    const request = ++latestRequest.current
    call('areas.list', { query, focusOnly }).then(
      (listing) => {
        if (request === latestRequest.current) setState({ listing, error: undefined })
      },
      (error: unknown) => {
        if (request === latestRequest.current) setState((previous) => ({ ...previous, error: errorMessage(error) }))
      },
    )
  }, [query, focusOnly])

  useEffect(load, [load])

  /** Puts one changed area into the listing without asking the store again. */
  const replaceArea = useCallback((area: CommunityArea) => {
    setState((previous) => {
      if (!previous.listing) return previous
      const before = previous.listing.areas.find((a) => a.number === area.number)
      const focusDelta = before && before.isFocus !== area.isFocus ? (area.isFocus ? 1 : -1) : 0
      return {
        ...previous,
        listing: {
          ...previous.listing,
          areas: previous.listing.areas.map((a) => (a.number === area.number ? area : a)),
          focusCount: previous.listing.focusCount + focusDelta,
        },
      }
    })
  }, [])

  return { state, reload: load, replaceArea }
}
