// The Columns menu of the inventory: tick the columns the table shows, kept in the table's order.
import { Columns3 } from 'lucide-react'
import { useT } from '../../../i18n/use-t'
import { COLUMNS } from '../columns'

export function ColumnChooser({ columns, onChange }: { columns: readonly string[]; onChange: (update: (previous: string[]) => string[]) => void }) {
  const t = useT()
  return (
    <details className="column-chooser">
      <summary className="button quiet">
        <Columns3 aria-hidden="true" /> {t('inventory.columns')}
      </summary>
      <fieldset>
        <legend>{t('inventory.showColumns')}</legend>
        {COLUMNS.map((column) => (
          <label key={column.id} className="checkbox">
            <input
              type="checkbox"
              checked={columns.includes(column.id)}
              onChange={(e) =>
                onChange((previous) => (e.target.checked ? COLUMNS.map((c) => c.id).filter((id) => id === column.id || previous.includes(id)) : previous.filter((id) => id !== column.id)))
              }
            />
            {t(column.label)}
          </label>
        ))}
      </fieldset>
    </details>
  )
}
