// The scenario library: the bundled case examples (kept up to date with the app) and the
// facilitator's own, searchable by title, area, type and language.
import type Database from 'better-sqlite3'
import { createHash, randomUUID } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { AppError } from '../../../shared/errors'
import { parseScenarioFile, parseScenarioText, scenariosToBundleYaml, scenarioToYaml, type ScenarioError, type ScenarioFileResult } from '../../../shared/scenario/parse'
import { scenarioAreaNumbers, type Scenario } from '../../../shared/scenario/schema'
import type { ScenarioFilter, ScenarioImportResult, ScenarioSummary } from '../../../shared/scenario/library'
import { textKey } from '../../../shared/text-key'
import { readStoredScenario } from '../../../shared/scenario/upgrade'
import { freshCopy } from '../../../shared/scenario/copy'
import { fileSlug } from '../../../shared/file-slug'
import { formatMessage } from '../../../shared/i18n/format'

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
    variables: scenario.variables.map(({ name, label }) => ({ name, label })),
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
    updateDocument: db.prepare(`UPDATE scenario SET title = @title, type = @type, language = @language, area_key = @area_key,
      document = @document, origin = @origin, hidden = 0, updated_at = @now WHERE id = @id`),
    setHidden: db.prepare<[number, string, string]>('UPDATE scenario SET hidden = ?, updated_at = ? WHERE id = ?'),
  }

  function insertNew(scenario: Scenario, origin: 'user' | 'imported'): void {
    statements.insert.run({ ...columnsOf(scenario), origin, bundled_file: null, content_hash: null, now: clock().toISOString() })
  }

  /** A bundled case example is never changed in place: edits and imports land in a copy with a new id. */
  function save(scenario: Scenario, origin: 'user' | 'imported'): { scenario: Scenario; outcome: 'new' | 'updated' | 'unchanged' | 'copied' } {
    const existing = statements.byId.get(scenario.id)
    if (!existing) {
      insertNew(scenario, origin)
      return { scenario, outcome: 'new' }
    }
    if (existing.document === JSON.stringify(scenario) && !existing.hidden) return { scenario, outcome: 'unchanged' }
    if (existing.origin === 'bundled') {
      const copy = { ...scenario, id: randomUUID() }
      insertNew(copy, origin)
      return { scenario: copy, outcome: 'copied' }
    }
    statements.updateDocument.run({ ...columnsOf(scenario), origin: existing.origin === 'imported' ? origin : existing.origin, now: clock().toISOString() })
    return { scenario, outcome: 'updated' }
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
      }).immediate()
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

    /** Saves an edited scenario; a bundled case example is saved as the facilitator's own copy. */
    save(scenario: Scenario): { scenario: Scenario; copied: boolean } {
      const result = save(scenario, 'user')
      return { scenario: result.scenario, copied: result.outcome === 'copied' }
    },

    /** Imports the scenarios of several files, all or nothing: any error in any file imports none. */
    importFiles(files: readonly { name: string; text: string }[]): ScenarioImportResult {
      return this.saveParsed(files.map((file) => parseScenarioFile(file.text, file.name)))
    },

    /** Saves files already parsed (by the reading worker), all or nothing. */
    saveParsed(parsed: readonly ScenarioFileResult[]): ScenarioImportResult {
      const errors: ScenarioError[] = []
      const scenarios: Scenario[] = []
      // One at a time: a bundle may hold more scenarios than a spread passes as arguments.
      for (const result of parsed) {
        if (result.ok) for (const scenario of result.scenarios) scenarios.push(scenario)
        else for (const error of result.errors) errors.push(error)
      }
      const counts = { imported: 0, updated: 0, unchanged: 0 }
      if (errors.length > 0) return { ok: false, ...counts, errors, ids: [] }
      const ids: string[] = []
      db.transaction(() => {
        for (const scenario of scenarios) {
          const result = save(scenario, 'imported')
          ids.push(result.scenario.id)
          if (result.outcome === 'unchanged') counts.unchanged++
          else if (result.outcome === 'updated') counts.updated++
          else counts.imported++
        }
      }).immediate()
      return { ok: true, ...counts, errors: [], ids }
    },

    /** One scenario as its YAML file, or several as one bundle. */
    exportFile(ids: readonly string[]): { fileName: string; content: string } {
      const scenarios = ids.map((id) => this.get(id).scenario)
      if (scenarios.length === 1) return { fileName: `${fileSlug(scenarios[0]!.overview.title, 'scenario')}.yaml`, content: scenarioToYaml(scenarios[0]!) }
      return { fileName: `roundtable-scenarios-${clock().toISOString().slice(0, 10)}.yaml`, content: scenariosToBundleYaml(scenarios) }
    },

    duplicate(id: string): ScenarioSummary {
      const { scenario } = this.get(id)
      const copy = freshCopy(scenario, randomUUID(), formatMessage(scenario.overview.language, 'scenario.copyTitle', { title: scenario.overview.title }))
      insertNew(copy, 'user')
      return summaryOf(statements.byId.get(copy.id)!)
    },

    /** Removes a scenario from the library; it stays in the file so Undo can bring it back (and a removed case example does not return). */
    remove(id: string): ScenarioSummary {
      const summary = this.get(id).summary
      statements.setHidden.run(1, clock().toISOString(), id)
      return summary
    },

    restore(id: string): ScenarioSummary {
      const row = statements.byId.get(id)
      if (!row) throw new AppError('NOT_FOUND', 'error.scenario.cannotRestore')
      statements.setHidden.run(0, clock().toISOString(), id)
      return summaryOf({ ...row, hidden: 0 })
    },

    get(id: string): { scenario: Scenario; summary: ScenarioSummary } {
      const row = statements.byId.get(id)
      if (!row || row.hidden) throw new AppError('NOT_FOUND', 'error.scenario.notFound')
      return { scenario: readStoredScenario(row.document), summary: summaryOf(row) }
    },
  }
}
