// The 77 community areas, loaded once per window and shared by every screen that names areas.
import { useEffect, useMemo, useState } from 'react'
import type { CommunityArea } from '../../../shared/community-areas'
import { call } from './client'

let loading: Promise<CommunityArea[]> | undefined

export function useCommunityAreas(): CommunityArea[] {
  const [areas, setAreas] = useState<CommunityArea[]>([])
  useEffect(() => {
    loading ??= call('areas.list', {}).then((listing) => listing.areas)
    let live = true
    loading.then(
      (loaded) => live && setAreas(loaded),
      () => {
        loading = undefined
      },
    )
    return () => {
      live = false
    }
  }, [])
  return areas
}

/** Area names by number, for the screens that show areas by name. */
export function useAreaNames(): ReadonlyMap<number, string> {
  const areas = useCommunityAreas()
  return useMemo(() => new Map(areas.map((area) => [area.number, area.name])), [areas])
}
