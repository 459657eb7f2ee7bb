// The inventory table's columns: what each shows, whether it sorts, and which show by default.
import type { ServiceFilterInput, ServiceListItem } from '../../../../shared/inventory/model'
import type { Category } from '../../../../shared/inventory/taxonomy'
import { areasLabel, capacityLabel, categoryLabel, languagesLabel, scheduleLabel } from './format'

export type SortKey = NonNullable<ServiceFilterInput['sort']>

export interface Column {
  id: string
  label: string
  sort?: SortKey
  width: string
  shownByDefault: boolean
  text: (service: ServiceListItem, context: ColumnContext) => string
}

/** What cells need besides the service: names of areas and categories. */
export interface ColumnContext {
  areaNames: ReadonlyMap<number, string>
  categories: readonly Category[]
}

export const COLUMNS: readonly Column[] = [
  { id: 'organization', label: 'Organization', sort: 'organization', width: '18%', shownByDefault: true, text: (s) => s.organizationName },
  { id: 'category', label: 'Category', sort: 'category', width: '15%', shownByDefault: true, text: (s, c) => categoryLabel(s.category, c.categories) },
  { id: 'areas', label: 'Areas served', width: '14%', shownByDefault: true, text: (s, c) => areasLabel(s.areaNumbers, s.citywide, c.areaNames) },
  { id: 'schedule', label: 'Hours', width: '14%', shownByDefault: true, text: (s) => scheduleLabel(s.schedule) },
  { id: 'languages', label: 'Languages', width: '12%', shownByDefault: true, text: (s) => languagesLabel(s.languages) },
  { id: 'capacity', label: 'Capacity (in use)', sort: 'capacity', width: '14%', shownByDefault: true, text: (s) => capacityLabel(s.capacity, s.currentLoad) },
  { id: 'status', label: 'Status', sort: 'status', width: '8%', shownByDefault: false, text: (s) => s.status },
  { id: 'verified', label: 'Last verified', sort: 'lastVerified', width: '9%', shownByDefault: false, text: (s) => s.lastVerified ?? 'never' },
  { id: 'response', label: 'Response time', width: '9%', shownByDefault: false, text: (s) => s.responseTime },
]

export const DEFAULT_COLUMN_IDS = COLUMNS.filter((c) => c.shownByDefault).map((c) => c.id)
