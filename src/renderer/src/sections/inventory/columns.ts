// The inventory table's columns: what each shows, whether it sorts, and which show by default.
import type { MessageKey } from '../../../../shared/i18n/catalog'
import type { ServiceFilterInput, ServiceListItem } from '../../../../shared/inventory/model'
import type { Category } from '../../../../shared/inventory/taxonomy'
import { translate } from '../../i18n/intl'
import { areasLabel, capacityLabel, categoryLabel, languagesLabel, scheduleLabel } from './format'

export type SortKey = NonNullable<ServiceFilterInput['sort']>

export interface Column {
  id: string
  /** The column's heading, worded when shown. */
  label: MessageKey
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
  { id: 'organization', label: 'inventory.col.organization', sort: 'organization', width: '18%', shownByDefault: true, text: (s) => s.organizationName },
  { id: 'category', label: 'inventory.col.category', sort: 'category', width: '15%', shownByDefault: true, text: (s, c) => categoryLabel(s.category, c.categories) },
  { id: 'areas', label: 'inventory.col.areas', width: '14%', shownByDefault: true, text: (s, c) => areasLabel(s.areaNumbers, s.citywide, c.areaNames) },
  { id: 'schedule', label: 'inventory.col.hours', width: '14%', shownByDefault: true, text: (s) => scheduleLabel(s.schedule) },
  { id: 'languages', label: 'inventory.col.languages', width: '12%', shownByDefault: true, text: (s) => languagesLabel(s.languages) },
  { id: 'capacity', label: 'inventory.col.capacity', sort: 'capacity', width: '14%', shownByDefault: true, text: (s) => capacityLabel(s.capacity, s.currentLoad) },
  { id: 'status', label: 'inventory.col.status', sort: 'status', width: '8%', shownByDefault: false, text: (s) => translate('inventory.status', { status: s.status }) },
  { id: 'verified', label: 'inventory.col.verified', sort: 'lastVerified', width: '9%', shownByDefault: false, text: (s) => s.lastVerified ?? translate('inventory.neverVerified') },
  { id: 'response', label: 'inventory.col.response', width: '9%', shownByDefault: false, text: (s) => s.responseTime },
]

export const DEFAULT_COLUMN_IDS = COLUMNS.filter((c) => c.shownByDefault).map((c) => c.id)
