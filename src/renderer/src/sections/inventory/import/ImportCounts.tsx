// What an import would do to the services, in four large counts.
import type { ImportPreview } from '../../../../../shared/inventory/model'
import { useT } from '../../../i18n/use-t'

export function ImportCounts({ services }: { services: ImportPreview['services'] }) {
  const t = useT()
  const counts = [
    { label: t('import.count.new'), value: services.new },
    { label: t('import.count.updated'), value: services.updated },
    { label: t('import.count.unchanged'), value: services.unchanged },
    { label: t('import.count.rejected'), value: services.rejected, rejected: services.rejected > 0 },
  ]
  return (
    <dl className="import-counts">
      {counts.map(({ label, value, rejected }) => (
        <div key={label} className={rejected ? 'rejected' : undefined}>
          <dt>{label}</dt>
          <dd>{value.toLocaleString()}</dd>
        </div>
      ))}
    </dl>
  )
}
