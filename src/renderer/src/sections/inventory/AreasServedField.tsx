// Which community areas a service or an organization serves: names or numbers, or the whole city.
import { Field } from '../../components/Field'
import { useT } from '../../i18n/use-t'

interface Props {
  value: string
  citywide: boolean
  error: string | undefined
  hint?: string
  onChange: (value: string) => void
  onCitywideChange: (citywide: boolean) => void
  onBlur?: () => void
}

export function AreasServedField({ value, citywide, error, hint, onChange, onCitywideChange, onBlur }: Props) {
  const t = useT()
  return (
    <Field label={t('inventory.field.areasServed')} hint={hint} error={error} wide>
      {(control) => (
        <div className="inline-fields">
          <input {...control} value={value} disabled={citywide} onChange={(e) => onChange(e.target.value)} onBlur={onBlur} />
          <label className="checkbox">
            <input type="checkbox" checked={citywide} onChange={(e) => onCitywideChange(e.target.checked)} /> {t('inventory.citywide')}
          </label>
        </div>
      )}
    </Field>
  )
}
