// The app's sections, in sidebar order. A section appears only once it does something.
import type { LucideIcon } from 'lucide-react'
import { BookOpen, Boxes, CalendarDays, MapPinned, Megaphone, Settings } from 'lucide-react'
import type { MessageKey } from '../../shared/i18n/catalog'

export interface Section {
  id: string
  label: Extract<MessageKey, `shell.section.${string}`>
  icon: LucideIcon
}

export const SECTIONS: readonly Section[] = [
  { id: 'inventory', label: 'shell.section.inventory', icon: Boxes },
  { id: 'scenarios', label: 'shell.section.scenarios', icon: BookOpen },
  { id: 'sessions', label: 'shell.section.sessions', icon: CalendarDays },
  { id: 'town-halls', label: 'shell.section.townHalls', icon: Megaphone },
  { id: 'areas', label: 'shell.section.areas', icon: MapPinned },
  { id: 'settings', label: 'shell.section.settings', icon: Settings },
]

export const DEFAULT_SECTION_ID = 'inventory'

export function sectionFromHash(hash: string): Section {
  const id = hash.replace(/^#\/?/, '').split('/')[0]
  return SECTIONS.find((section) => section.id === id) ?? SECTIONS.find((s) => s.id === DEFAULT_SECTION_ID)!
}
