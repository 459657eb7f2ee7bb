// A data table's header row: one column heading per name; a heading that only screen readers
// need (a column of buttons) is hidden from sight but still read.
export type Column = string | { label: string; visuallyHidden: true }

export function TableHead({ columns }: { columns: readonly Column[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column) =>
          typeof column === 'string' ? (
            <th key={column} scope="col">
              {column}
            </th>
          ) : (
            <th key={column.label} scope="col">
              <span className="visually-hidden">{column.label}</span>
            </th>
          ),
        )}
      </tr>
    </thead>
  )
}
