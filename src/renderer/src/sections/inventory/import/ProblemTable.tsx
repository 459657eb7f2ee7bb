// Problems or notes of an import, each pinned to its file, row and column. Cells are text:
// markup or a formula in a source file shows as typed.
import type { ImportPreview } from '../../../../../shared/inventory/model'
import { useSay, useT } from '../../../i18n/use-t'

interface Props {
  rows: ImportPreview['problems']
  reasonHeading: string
  withColumn?: boolean
}

export function ProblemTable({ rows, reasonHeading, withColumn = false }: Props) {
  const t = useT()
  const say = useSay()
  return (
    <div className="problem-scroll" tabIndex={0} role="region" aria-label={reasonHeading}>
      <table className="data-table problems-table">
        <thead>
          <tr>
            <th scope="col">{t('import.column.file')}</th>
            <th scope="col">{t('import.column.row')}</th>
            {withColumn && <th scope="col">{t('import.column.column')}</th>}
            <th scope="col">{reasonHeading}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={index}>
              <td>{row.file}</td>
              <td>{row.row}</td>
              {withColumn && <td>{row.column && <code>{row.column}</code>}</td>}
              <td>{say(row)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
