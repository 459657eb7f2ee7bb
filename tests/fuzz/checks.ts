// What every fuzz case is held to: the outcome is a result or an error the app meant to raise
// (AppError, naming the file), never another exception; and a refused file leaves the database
// exactly as it was (a fingerprint of every row of every table).
import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type Database from 'better-sqlite3'
import { AppError, type FieldIssue } from '../../src/shared/errors'
import { isMessageKey } from '../../src/shared/i18n/catalog'
import { word } from '../../src/shared/i18n/said'
import { openStore, type Store } from '../../src/main/store/open-store'

/** A fresh store in its own temporary folder; close() removes the folder. */
export function tempStore(): { store: Store; close: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'roundtable-fuzz-'))
  const store = openStore({ dataDir: dir })
  return {
    store,
    close: () => {
      store.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** A hash of every row of the tables (all of the database's tables unless named). */
export function fingerprint(db: Database.Database, tables?: readonly string[]): string {
  const names = tables ?? db.prepare<[], { name: string }>(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all().map((t) => t.name)
  const hash = createHash('sha256')
  for (const name of names) {
    hash.update(`\u0000${name}\u0000`)
    for (const row of db.prepare(`SELECT * FROM "${name}"`).raw().iterate()) hash.update(JSON.stringify(row))
  }
  return hash.digest('hex')
}

export function countOf(db: Database.Database, table: string, where = '1 = 1', ...values: unknown[]): number {
  return (db.prepare(`SELECT count(*) AS n FROM "${table}" WHERE ${where}`).get(...values) as { n: number }).n
}

/**
 * Undefined when `error` is an error the app raises on purpose and names one of `files` or an entry
 * of one (when it names a file at all); else what is wrong with it.
 */
export function unclearError(error: unknown, files: readonly string[]): string | undefined {
  if (!(error instanceof AppError)) {
    const name = error instanceof Error ? error.name : typeof error
    const message = error instanceof Error ? error.message : String(error)
    return `unexpected ${name}: ${message.slice(0, 300)}`
  }
  if (error.code === 'INTERNAL') return `an internal error (${error.reason}): ${error.message.slice(0, 200)}`
  if (error.message.trim() === '' || /\[object Object\]|\{\w+\}/.test(error.message)) return `an error worded badly (${error.reason}): ${error.message.slice(0, 200)}`
  const file = error.values?.['file']
  if (typeof file === 'string' && !names(files, file)) return `an error naming "${file.slice(0, 80)}", not one of the files given`
  return undefined
}

/** Whether `file` is one of `files`, or an entry of one (an archive's "directory.zip/services.csv"). */
export function names(files: readonly string[], file: string): boolean {
  return files.some((name) => file === name || file.startsWith(`${name}/`))
}

export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error))

/** A problem as a line: its place in the file, then its English wording. */
export const problemLine = (problem: FieldIssue): string => (problem.path === '' ? problem.message : `${problem.path}: ${problem.message}`)

/** Problems listed must be there, each a message of the catalogs that says something in both languages. */
export function unclearProblems(problems: readonly FieldIssue[]): string | undefined {
  if (problems.length === 0) return 'refused with no problem listed'
  const worded = (p: FieldIssue) => [p.message, word('en', p), word('es', p)]
  const bad = problems.find((p) => !isMessageKey(p.key) || worded(p).some((text) => text.trim() === '' || text.includes('[object Object]')))
  return bad === undefined ? undefined : `a problem worded badly: ${JSON.stringify(bad).slice(0, 200)}`
}

/** Every string inside a JSON value (parsing JSON text columns too), for finding stored text. */
export function stringsIn(value: unknown, into: Set<string> = new Set()): Set<string> {
  const stack: unknown[] = [value]
  while (stack.length > 0) {
    const node = stack.pop()
    if (typeof node === 'string') {
      into.add(node)
      if (/^[[{]/.test(node)) {
        try {
          stack.push(JSON.parse(node))
        } catch {
          // Text that only looks like JSON.
        }
      }
    } else if (Array.isArray(node)) stack.push(...node)
    else if (typeof node === 'object' && node !== null) stack.push(...Object.values(node))
  }
  return into
}
