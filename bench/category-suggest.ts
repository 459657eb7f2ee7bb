// The import's category suggestions: how many of the directory fixture's services get the category
// a facilitator would choose, and how long suggesting takes for a 50,000-row import whose services
// repeat the fixture's names (a real import's distinct terms, cycled).
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import Papa from 'papaparse'
import { createCategorySuggester } from '../src/shared/inventory/category-suggest'
import { CATEGORIES } from '../src/shared/inventory/taxonomy'
import { median } from './stats'

const FIXTURE = fileURLToPath(new URL('../tests/fixtures/imports/directory-services.csv', import.meta.url))
const ROWS = 50_000

export interface CategorySuggestFigures {
  category_suggest_pct: number
  category_suggest_ms: number
}

interface FixtureRow {
  term: string
  name: string
  description: string
  expected: string
}


/** Both figures come from one measurement, made once however many of them are asked for. */
let figures: CategorySuggestFigures | undefined

export function measureCategorySuggest(): CategorySuggestFigures {
  if (figures) return figures
  const rows = Papa.parse<FixtureRow>(readFileSync(FIXTURE, 'utf8'), { header: true, skipEmptyLines: true }).data
  const inputs = rows.map((row) => ({ term: row.term || undefined, name: row.name, description: row.description }))

  const suggest = createCategorySuggester(CATEGORIES)
  let right = 0
  rows.forEach((row, i) => {
    const got = suggest(inputs[i]!)?.categoryId
    if (row.expected === 'other' ? got === undefined || got === 'other' : got === row.expected) right++
  })

  // Building the suggester is part of each import, so it is inside the timing.
  const times: number[] = []
  for (let run = 0; run < 5; run++) {
    const started = performance.now()
    const timed = createCategorySuggester(CATEGORIES)
    for (let n = 0; n < ROWS; n++) timed(inputs[n % inputs.length]!)
    times.push(performance.now() - started)
  }
  figures = { category_suggest_pct: (100 * right) / rows.length, category_suggest_ms: median(times) }
  return figures
}
