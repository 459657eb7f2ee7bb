// The inventory's filter bar: words, organization, area, category, language, when open, status, last verified; and the columns shown.
import type { CommunityArea } from '../../../../../shared/community-areas'
import { LANGUAGE_NAMES } from '../../../../../shared/inventory/languages'
import type { Organization } from '../../../../../shared/inventory/model'
import { DAY_NAMES } from '../../../../../shared/inventory/schedule'
import type { Category } from '../../../../../shared/inventory/taxonomy'
import { AreaOptions, CategoryOptions } from '../../../components/Options'
import { SearchFilter } from '../../../components/SearchFilter'
import { SelectField, type Choice } from '../../../components/SelectField'
import { TextField } from '../../../components/TextField'
import { SERVICE_STATUS_CHOICES } from '../choices'
import { ColumnChooser } from './ColumnChooser'
import type { Filters, OpenAt, SetFilter } from './filters'

const OPEN_CHOICES: readonly Choice[] = [
  ['any', 'Any time'],
  ['now', 'Right now'],
  ['at', 'At a day and time…'],
]
const STALE_CHOICES: readonly Choice[] = [
  ['6', 'Not in 6 months'],
  ['12', 'Not in 12 months'],
  ['24', 'Not in 24 months'],
]

interface Props {
  filters: Filters
  set: SetFilter
  organizations: readonly Organization[]
  areas: readonly CommunityArea[]
  categories: readonly Category[]
  columns: readonly string[]
  onColumnsChange: (update: (previous: string[]) => string[]) => void
}

export function InventoryFilters({ filters, set, organizations, areas, categories, columns, onColumnsChange }: Props) {
  const { openAt } = filters
  return (
    <div className="filters" role="search" aria-label="Filter the inventory">
      <SearchFilter value={filters.query} placeholder="Service, organization, description" onChange={(value) => set('query', value)} />
      <SelectField filter label="Organization" placeholder="Any organization" value={filters.organizationId} options={organizations.map((o) => [o.id, o.name])} onChange={(value) => set('organizationId', value)} />
      <SelectField filter label="Area served" placeholder="Any area" value={filters.areaNumber} onChange={(value) => set('areaNumber', value)}>
        {areas.some((a) => a.isFocus) && (
          <optgroup label="Focus areas">
            <AreaOptions areas={areas.filter((a) => a.isFocus)} />
          </optgroup>
        )}
        <optgroup label="All areas">
          <AreaOptions areas={areas} numbered />
        </optgroup>
      </SelectField>
      <SelectField filter label="Category" placeholder="Any category" value={filters.category} onChange={(value) => set('category', value)}>
        <CategoryOptions categories={categories} />
      </SelectField>
      <SelectField filter label="Language" placeholder="Any language" value={filters.language} options={Object.entries(LANGUAGE_NAMES)} onChange={(value) => set('language', value)} />
      <SelectField
        filter
        label="Open"
        value={openAt.mode}
        options={OPEN_CHOICES}
        onChange={(value) => {
          const mode = value as OpenAt['mode']
          set('openAt', mode === 'at' ? { mode, day: 5, time: '23:00' } : { mode })
        }}
      />
      {openAt.mode === 'at' && (
        <>
          <SelectField filter className="narrow" label="Day" value={String(openAt.day)} options={DAY_NAMES.map((name, day) => [String(day), name])} onChange={(value) => set('openAt', { ...openAt, day: Number(value) })} />
          <TextField filter className="narrow" label="Time" type="time" value={openAt.time} onChange={(value) => set('openAt', { ...openAt, time: value })} />
        </>
      )}
      <SelectField filter label="Status" placeholder="Any status" value={filters.status} options={SERVICE_STATUS_CHOICES} onChange={(value) => set('status', value)} />
      <SelectField filter label="Last verified" placeholder="Any time" value={filters.staleMonths} options={STALE_CHOICES} onChange={(value) => set('staleMonths', value)} />
      <ColumnChooser columns={columns} onChange={onColumnsChange} />
    </div>
  )
}
