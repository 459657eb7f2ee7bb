// The search box of a filter bar: a labelled search field with a magnifier in it.
import { Search } from 'lucide-react'
import { useT } from '../i18n/use-t'
import { Field } from './Field'

export function SearchFilter({ value, placeholder, onChange }: { value: string; placeholder: string; onChange: (value: string) => void }) {
  const t = useT()
  return (
    <Field label={t('common.search')} filter className="search-filter">
      {(control) => (
        <div className="input-with-icon">
          <Search aria-hidden="true" />
          <input {...control} type="search" value={value} maxLength={200} placeholder={placeholder} onChange={(e) => onChange(e.target.value)} />
        </div>
      )}
    </Field>
  )
}
