// Writes the frozen migration fixtures, tests/fixtures/migrations/roundtable-v<n>.db, one for each
// schema version before the newest, from the seeds beside them (see tests/helpers/migration-fixtures.ts).
// Run after adding a migration (and its seed): `npx tsx scripts/write-migration-fixtures.ts`.
// Existing fixtures are kept: they are what older laptops hold, and rebuilding one with today's
// migrations would hide the very change the fixtures exist to catch. `--force` rebuilds them all.
import { chmodSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { MIGRATIONS } from '../src/main/store/migrations'
import { buildFixture, FIXTURES_DIR, fixtureName } from '../tests/helpers/migration-fixtures'

const args = process.argv.slice(2)
const unknown = args.filter((arg) => arg !== '--force')
if (unknown.length > 0) {
  console.error(`Unknown argument ${unknown.join(' ')}. Usage: npx tsx scripts/write-migration-fixtures.ts [--force]`)
  process.exit(2)
}
const force = args.includes('--force')

mkdirSync(FIXTURES_DIR, { recursive: true })
const kept: string[] = []
const written: string[] = []
for (let version = 1; version < MIGRATIONS.length; version++) {
  const file = join(FIXTURES_DIR, fixtureName(version))
  if (existsSync(file) && !force) {
    kept.push(fixtureName(version))
    continue
  }
  // Built aside and moved in whole, so a failed seed never leaves half a fixture.
  const partial = `${file}.partial`
  rmSync(partial, { force: true })
  try {
    buildFixture(partial, version)
  } catch (error) {
    rmSync(partial, { force: true })
    console.error(error instanceof Error ? error.message : String(error))
    process.exit(1)
  }
  chmodSync(partial, 0o644)
  renameSync(partial, file)
  written.push(`${fixtureName(version)} (${(statSync(file).size / 1024).toFixed(0)} KB)`)
}

if (kept.length > 0) {
  console.log(`Kept ${kept.length} existing fixture(s), not overwritten (they are frozen; pass --force to rebuild them): ${kept.join(', ')}.`)
}
console.log(written.length > 0 ? `Wrote ${written.join(', ')} in ${FIXTURES_DIR}.` : 'Wrote nothing: every fixture is already there.')
