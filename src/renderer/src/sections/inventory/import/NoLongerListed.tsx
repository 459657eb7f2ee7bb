// A re-import from the same source: the services it brought in before and no longer lists,
// with the choice to mark them ended (they stay in the inventory, and in past reports).
import type { ImportPreview } from '../../../../../shared/inventory/model'
import { useT } from '../../../i18n/use-t'

interface Props {
  preview: ImportPreview
  endMissing: boolean
  onEndMissing: (end: boolean) => void
}

export function NoLongerListed({ preview, endMissing, onEndMissing }: Props) {
  const t = useT()
  return (
    <section aria-labelledby="import-missing-heading">
      <h3 id="import-missing-heading" className="import-heading">
        {t('import.noLongerListed', { count: preview.noLongerListedCount, source: preview.source })}
      </h3>
      <ul className="import-missing">
        {preview.noLongerListed.map((service) => (
          <li key={service.id}>
            {service.name} <span className="muted">— {service.organizationName}</span>
          </li>
        ))}
      </ul>
      {preview.noLongerListedCount > preview.noLongerListed.length && (
        <p className="muted">{t('import.showingFirst', { shown: preview.noLongerListed.length, count: preview.noLongerListedCount })}</p>
      )}
      <label className="check">
        <input type="checkbox" checked={endMissing} onChange={(event) => onEndMissing(event.target.checked)} />{' '}
        {t('import.endNoLongerListed', { count: preview.noLongerListedCount })}
      </label>
    </section>
  )
}
