// The 77 community areas, loaded once per window and shared by every screen that names areas.
import { useEffect, useState } from 'react'
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
