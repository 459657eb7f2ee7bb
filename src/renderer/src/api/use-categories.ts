// The category list (shipped taxonomy plus the facilitator's own), shared by the inventory screens.
import { useCallback, useEffect, useState } from 'react'
import type { Category } from '../../../shared/inventory/taxonomy'
import { CATEGORIES } from '../../../shared/inventory/taxonomy'
import { call } from './client'

export function useCategories(): { categories: readonly Category[]; reload: () => void } {
  const [categories, setCategories] = useState<readonly Category[]>(CATEGORIES)
  const reload = useCallback(() => {
    call('inventory.listCategories', {}).then(setCategories, () => undefined)
  }, [])
  useEffect(reload, [reload])
  return { categories, reload }
}
