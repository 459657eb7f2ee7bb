// The last check of an import: every planned record must pass the schema the rest of the app
// reads it with, so an import can never leave an inventory that fails to list.
import type { z } from 'zod'
import type { ImportProblem } from '../../../shared/inventory/roundtable-csv'

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
    return { file, row, column: columns[field] ?? field, reason: reasonOf(issue) }
  })
}

function reasonOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'too_big' && issue.origin === 'string') return `is longer than ${String(issue.maximum)} characters`
  if (issue.code === 'too_small' && issue.origin === 'string') return 'is required'
  return issue.message
}
