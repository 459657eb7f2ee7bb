// The catalogs hold what the app says and nothing else: every key is used somewhere in src/ (by
// name, or as one of a family the code words by prefix, such as `category.${id}`), and a Spanish
// message identical to its English one carries a note saying why (same-in-spanish.json).
// Keys the code names but the catalogs lack are caught by the type checker (MessageKey).
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { CATALOGS, type MessageKey } from '../../../src/shared/i18n/catalog'
import notes from '../../../src/shared/i18n/messages/same-in-spanish.json'

const SRC = fileURLToPath(new URL('../../../src', import.meta.url))
const keys = Object.keys(CATALOGS.en) as MessageKey[]

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.tsx?$/.test(entry.name) ? [path] : []
  })
}

/** Every quoted word of the sources, and every prefix a template literal completes (`report.section.${id}`). */
function namesInSources(): { literals: Set<string>; prefixes: Set<string> } {
  const literals = new Set<string>()
  const prefixes = new Set<string>()
  for (const file of sourceFiles(SRC)) {
    // The catalog's own types name key families (`error.${string}`) without using any key.
    if (relative(SRC, file) === join('shared', 'i18n', 'catalog.ts')) continue
    const text = readFileSync(file, 'utf8')
    for (const match of text.matchAll(/['"`]([A-Za-z][\w.-]*)['"`]/g)) literals.add(match[1]!)
    for (const match of text.matchAll(/`([A-Za-z][\w.-]*\.)\$\{/g)) prefixes.add(match[1]!)
  }
  return { literals, prefixes }
}

describe('the message catalogs against the code', () => {
  it('hold no key the app never says', () => {
    const { literals, prefixes } = namesInSources()
    const unused = keys.filter((key) => !literals.has(key) && ![...prefixes].some((prefix) => key.startsWith(prefix)))
    expect(unused).toEqual([])
  })

  it('note why each Spanish message that reads exactly like the English one does', () => {
    const same = keys.filter((key) => CATALOGS.es[key] === CATALOGS.en[key])
    const noted = Object.keys(notes)
    expect(same.filter((key) => !noted.includes(key)), 'identical in Spanish without a note').toEqual([])
    expect(noted.filter((key) => !same.includes(key as MessageKey)), 'a note for a message that is no longer identical').toEqual([])
    for (const [key, why] of Object.entries(notes)) expect(why.trim().length, key).toBeGreaterThan(10)
  })
})
