// The inventory's filter bar: words, organization, area, category, language, when open, status, last verified; and the columns shown.
import { useMemo } from 'react'
import { useIntl } from 'react-intl'
import type { CommunityArea } from '../../../../../shared/community-areas'
import type { Language } from '../../../../../shared/i18n/catalog'
import { LANGUAGE_NAMES } from '../../../../../shared/inventory/languages'
import type { Organization } from '../../../../../shared/inventory/model'
import { DAY_NAMES } from '../../../../../shared/inventory/schedule'
import type { Category } from '../../../../../shared/inventory/taxonomy'
import { AreaOptions, CategoryOptions } from '../../../components/Options'
import { SearchFilter } from '../../../components/SearchFilter'
import { SelectField, type Choice } from '../../../components/SelectField'
import { TextField } from '../../../components/TextField'
import { useT } from '../../../i18n/use-t'
import { serviceStatusChoices } from '../choices'
import { languageWord } from '../format'
import { ColumnChooser } from './ColumnChooser'
import type { Filters, OpenAt, SetFilter } from './filters'

const OPEN_MODES = ['any', 'now', 'at'] as const
const STALE_MONTHS = [6, 12, 24] as const
/** Day 0 (Monday, as in DAY_NAMES) and on as dates, to name them in the reader's language: 1 January 2024 was a Monday. */
const dateOfDay = (day: number) => new Date(2024, 0, 1 + day)

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
  const t = useT()
  const locale = useIntl().locale as Language
  const choices = useMemo(() => {
    const weekday = new Intl.DateTimeFormat(locale, { weekday: 'short' })
    return {
      open: OPEN_MODES.map((mode): Choice => [mode, t('inventory.filter.openMode', { mode })]),
      stale: STALE_MONTHS.map((months): Choice => [String(months), t('inventory.filter.notVerifiedIn', { months })]),
      languages: Object.keys(LANGUAGE_NAMES).map((code): Choice => [code, languageWord(code, locale)]),
      days: DAY_NAMES.map((_, day): Choice => [String(day), weekday.format(dateOfDay(day))]),
      statuses: serviceStatusChoices(t),
    }
  }, [t, locale])
  const { openAt } = filters
  return (
    <div className="filters" role="search" aria-label={t('inventory.filter.label')}>
      <SearchFilter value={filters.query} placeholder={t('inventory.filter.searchPlaceholder')} onChange={(value) => set('query', value)} />
      <SelectField filter label={t('inventory.field.organization')} placeholder={t('inventory.filter.anyOrganization')} value={filters.organizationId} options={organizations.map((o) => [o.id, o.name])} onChange={(value) => set('organizationId', value)} />
      <SelectField filter label={t('inventory.filter.area')} placeholder={t('inventory.filter.anyArea')} value={filters.areaNumber} onChange={(value) => set('areaNumber', value)}>
        {areas.some((a) => a.isFocus) && (
          <optgroup label={t('inventory.filter.focusAreas')}>
            <AreaOptions areas={areas.filter((a) => a.isFocus)} />
          </optgroup>
        )}
        <optgroup label={t('inventory.filter.allAreas')}>
          <AreaOptions areas={areas} numbered />
        </optgroup>
      </SelectField>
      <SelectField filter label={t('inventory.field.category')} placeholder={t('inventory.filter.anyCategory')} value={filters.category} onChange={(value) => set('category', value)}>
        <CategoryOptions categories={categories} />
      </SelectField>
      <SelectField filter label={t('inventory.filter.language')} placeholder={t('inventory.filter.anyLanguage')} value={filters.language} options={choices.languages} onChange={(value) => set('language', value)} />
      <SelectField
        filter
        label={t('inventory.filter.open')}
        value={openAt.mode}
        options={choices.open}
        onChange={(value) => {
          const mode = value as OpenAt['mode']
          set('openAt', mode === 'at' ? { mode, day: 5, time: '23:00' } : { mode })
        }}
      />
      {openAt.mode === 'at' && (
        <>
          <SelectField filter className="narrow" label={t('inventory.filter.day')} value={String(openAt.day)} options={choices.days} onChange={(value) => set('openAt', { ...openAt, day: Number(value) })} />
          <TextField filter className="narrow" label={t('inventory.filter.time')} type="time" value={openAt.time} onChange={(value) => set('openAt', { ...openAt, time: value })} />
        </>
      )}
      <SelectField filter label={t('inventory.field.status')} placeholder={t('inventory.filter.anyStatus')} value={filters.status} options={choices.statuses} onChange={(value) => set('status', value)} />
      <SelectField filter label={t('inventory.field.lastVerified')} placeholder={t('inventory.filter.anyTime')} value={filters.staleMonths} options={choices.stale} onChange={(value) => set('staleMonths', value)} />
      <ColumnChooser columns={columns} onChange={onColumnsChange} />
    </div>
  )
}
