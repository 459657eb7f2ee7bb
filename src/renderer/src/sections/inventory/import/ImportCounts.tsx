// What an import would do to the services, in four large counts.
import type { ImportPreview } from '../../../../../shared/inventory/model'
import { useIntl } from 'react-intl'
import { useT } from '../../../i18n/use-t'

export function ImportCounts({ services }: { services: ImportPreview['services'] }) {
  const t = useT()
  const intl = useIntl()
  const counts = [
    { label: t('import.count.new'), value: services.new },
    { label: t('import.count.updated'), value: services.updated },
    { label: t('import.count.unchanged'), value: services.unchanged },
    { label: t('import.count.rejected'), value: services.rejected, rejected: services.rejected > 0 },
  ]
  return (
    <dl className="import-counts">
      {counts.map(({ label, value, rejected }, place) => (
        <div key={place} className={rejected ? 'rejected' : undefined}>
          <dt>{label}</dt>
          <dd>{intl.formatNumber(value)}</dd>
        </div>
      ))}
    </dl>
  )
}
