// The scenario library: the bundled case examples (kept up to date with the app) and the
// facilitator's own, searchable by title, area, type and language.
import type Database from 'better-sqlite3'
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { AppError } from '../../../shared/errors'
import { parseScenarioText } from '../../../shared/scenario/parse'
import { scenarioAreaNumbers, type Scenario } from '../../../shared/scenario/schema'
import type { ScenarioFilter, ScenarioSummary } from '../../../shared/scenario/library'
import { textKey } from '../../../shared/text-key'

interface ScenarioRow {
  id: string
  title: string
  type: string
  language: string
  area_key: string
  origin: 'bundled' | 'user' | 'imported'
  bundled_file: string | null
  content_hash: string | null
  hidden: number
  document: string
  created_at: string
  updated_at: string
}

function summaryOf(row: ScenarioRow): ScenarioSummary {
  const scenario = JSON.parse(row.document) as Scenario
  return {
    id: row.id,
    title: scenario.overview.title,
    summary: scenario.overview.summary,
    type: scenario.overview.type,
    language: scenario.overview.language,
    areaNumbers: scenarioAreaNumbers(scenario),
    moduleCount: scenario.modules.length,
    injectCount: scenario.modules.reduce((n, m) => n + m.injects.length, 0),
    needCount: scenario.modules.reduce((n, m) => n + m.needs.length, 0),
    origin: row.origin,
    updatedAt: row.updated_at,
  }
}

export type ScenarioLibrary = ReturnType<typeof createScenarioLibrary>

export function createScenarioLibrary(db: Database.Database, clock: () => Date = () => new Date()) {
  const statements = {
    byId: db.prepare<[string], ScenarioRow>('SELECT * FROM scenario WHERE id = ?'),
    visible: db.prepare<[], ScenarioRow>('SELECT * FROM scenario WHERE hidden = 0 ORDER BY title COLLATE NOCASE'),
    insert: db.prepare(`INSERT INTO scenario (id, title, type, language, area_key, origin, bundled_file, content_hash, document, created_at, updated_at)
      VALUES (@id, @title, @type, @language, @area_key, @origin, @bundled_file, @content_hash, @document, @now, @now)`),
    updateBundled: db.prepare(`UPDATE scenario SET title = @title, type = @type, language = @language, area_key = @area_key,
      content_hash = @content_hash, document = @document, updated_at = @now WHERE id = @id`),
  }

  const columnsOf = (scenario: Scenario) => ({
    id: scenario.id,
    title: scenario.overview.title,
    type: scenario.overview.type,
    language: scenario.overview.language,
    area_key: `,${scenarioAreaNumbers(scenario).join(',')},`,
    document: JSON.stringify(scenario),
  })

  return {
    /**
     * Loads the case examples in `dir`: new ones are added, changed ones replace the bundled copy
     * (never a scenario the facilitator changed, which is a separate user copy), removed ones stay removed.
     */
    loadBundled(dir: string): { added: number; updated: number } {
      let added = 0
      let updated = 0
      const files = readdirSync(dir).filter((name) => /\.ya?ml$/.test(name)).sort()
      db.transaction(() => {
        for (const file of files) {
          const text = readFileSync(join(dir, file), 'utf8')
          const result = parseScenarioText(text, file)
          if (!result.ok) {
            const first = result.errors[0]!
            throw new Error(`The bundled scenario ${file} is invalid (line ${first.line}, ${first.path}: ${first.message}).`)
          }
          const hash = createHash('sha256').update(text).digest('hex')
          const existing = statements.byId.get(result.scenario.id)
          const now = clock().toISOString()
          if (!existing) {
            statements.insert.run({ ...columnsOf(result.scenario), origin: 'bundled', bundled_file: file, content_hash: hash, now })
            added++
          } else if (existing.origin === 'bundled' && existing.content_hash !== hash) {
            statements.updateBundled.run({ ...columnsOf(result.scenario), content_hash: hash, now })
            updated++
          }
        }
      })()
      return { added, updated }
    },

    list(filter: ScenarioFilter): ScenarioSummary[] {
      const query = textKey(filter.query)
      return statements
        .visible.all()
        .filter(
          (row) =>
            (query === '' || textKey(row.title).includes(query) || textKey(row.document).includes(query)) &&
            (filter.areaNumber === undefined || row.area_key.includes(`,${filter.areaNumber},`)) &&
            (filter.type === undefined || row.type === filter.type) &&
            (filter.language === undefined || row.language === filter.language),
        )
        .map(summaryOf)
    },

    get(id: string): { scenario: Scenario; summary: ScenarioSummary } {
      const row = statements.byId.get(id)
      if (!row || row.hidden) throw new AppError('NOT_FOUND', 'That scenario is no longer in the library.')
      return { scenario: JSON.parse(row.document) as Scenario, summary: summaryOf(row) }
    },
  }
}
