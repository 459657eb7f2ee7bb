// The app's sections, in sidebar order. A section appears only once it does something.
import type { LucideIcon } from 'lucide-react'
import { BookOpen, Boxes, CalendarDays, MapPinned } from 'lucide-react'

export interface Section {
  id: string
  label: string
  icon: LucideIcon
}

export const SECTIONS: readonly Section[] = [
  { id: 'inventory', label: 'Inventory', icon: Boxes },
  { id: 'scenarios', label: 'Scenarios', icon: BookOpen },
  { id: 'sessions', label: 'Sessions', icon: CalendarDays },
  { id: 'areas', label: 'Community areas', icon: MapPinned },
]

export const DEFAULT_SECTION_ID = 'inventory'

export function sectionFromHash(hash: string): Section {
  const id = hash.replace(/^#\/?/, '').split('/')[0]
  return SECTIONS.find((section) => section.id === id) ?? SECTIONS.find((s) => s.id === DEFAULT_SECTION_ID)!
}
