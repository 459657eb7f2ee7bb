// Which columns of the inventory table show, remembered on this computer between runs.
import { useEffect, useState } from 'react'
import { COLUMNS, DEFAULT_COLUMN_IDS } from '../columns'

const COLUMN_STORAGE_KEY = 'roundtable.inventory.columns'

export function useVisibleColumns(): [string[], (update: (previous: string[]) => string[]) => void] {
  const [columns, setColumns] = useState<string[]>(() => loadColumns())
  useEffect(() => localStorage.setItem(COLUMN_STORAGE_KEY, JSON.stringify(columns)), [columns])
  return [columns, setColumns]
}

function loadColumns(): string[] {
  try {
    const saved: unknown = JSON.parse(localStorage.getItem(COLUMN_STORAGE_KEY) ?? 'null')
    if (Array.isArray(saved) && saved.every((id) => typeof id === 'string')) return saved.filter((id) => COLUMNS.some((c) => c.id === id))
  } catch {
    // A damaged setting falls back to the default columns.
  }
  return DEFAULT_COLUMN_IDS
}
