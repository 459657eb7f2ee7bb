// The last check of an import: every planned record must pass the schema the rest of the app
// reads it with, so an import can never leave an inventory that fails to list.
import type { z } from 'zod'
import { importProblem, importProblemOf, type ImportProblem } from '../../../shared/inventory/import-problem'
import { saidOfIssue } from '../../../shared/i18n/zod-issues'

/** Where each field of a record came from in the source files, for messages that point at a column. */
export interface FieldColumns {
  organization: Readonly<Record<string, string>>
  service: Readonly<Record<string, string>>
}

export function recordProblems(
  schema: z.ZodType,
  record: unknown,
  file: string,
  row: number,
  columns: Readonly<Record<string, string>>,
): ImportProblem[] {
  const result = schema.safeParse(record)
  if (result.success) return []
  return result.error.issues.map((issue) => {
    const field = String(issue.path[0] ?? '')
    return problemOf(issue, file, row, columns[field] ?? field)
  })
}

/** Worded to follow the column's name, as the preview lists it. */
function problemOf(issue: z.core.$ZodIssue, file: string, row: number, column: string): ImportProblem {
  if (issue.code === 'too_big' && issue.origin === 'string') return importProblem(file, row, column, 'import.reason.tooLong', { max: Number(issue.maximum) })
  if (issue.code === 'too_small' && issue.origin === 'string') return importProblem(file, row, column, 'import.reason.required')
  return importProblemOf(file, row, column, saidOfIssue(issue))
}
