// The Columns menu of the inventory: tick the columns the table shows, kept in the table's order.
import { Columns3 } from 'lucide-react'
import { COLUMNS } from '../columns'

export function ColumnChooser({ columns, onChange }: { columns: readonly string[]; onChange: (update: (previous: string[]) => string[]) => void }) {
  return (
    <details className="column-chooser">
      <summary className="button quiet">
        <Columns3 aria-hidden="true" /> Columns
      </summary>
      <fieldset>
        <legend>Show columns</legend>
        {COLUMNS.map((column) => (
          <label key={column.id} className="checkbox">
            <input
              type="checkbox"
              checked={columns.includes(column.id)}
              onChange={(e) =>
                onChange((previous) => (e.target.checked ? COLUMNS.map((c) => c.id).filter((id) => id === column.id || previous.includes(id)) : previous.filter((id) => id !== column.id)))
              }
            />
            {column.label}
          </label>
        ))}
      </fieldset>
    </details>
  )
}
