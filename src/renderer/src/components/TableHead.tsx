// A data table's header row: one column heading per name; a heading that only screen readers
// need (a column of buttons) is hidden from sight but still read. `lang` marks headings worded in
// another language than the table around them (the app's words over a scenario's text). Headings
// are keyed by place, not by their words, so switching language rewords them in place.
export type Column = string | { label: string; visuallyHidden: true }

export function TableHead({ columns, lang }: { columns: readonly Column[]; lang?: string | undefined }) {
  return (
    <thead lang={lang}>
      <tr>
        {columns.map((column, place) =>
          typeof column === 'string' ? (
            <th key={place} scope="col">
              {column}
            </th>
          ) : (
            <th key={place} scope="col">
              <span className="visually-hidden">{column.label}</span>
            </th>
          ),
        )}
      </tr>
    </thead>
  )
}
