// Writes the corpus of hostile files in tests/fixtures/hostile (read by tests/fuzz/corpus.test.ts):
// files a careless tool or an attacker might hand the app, each named for what it is. Run after
// changing it: `npx tsx scripts/write-hostile-corpus.ts`. Everything is made here, from the
// app's own example files, so it can be made again; large ones are stored gzipped.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { concat, HOSTILE_SNIPPETS } from '../tests/fuzz/mutate'
import { seeds, textOf } from '../tests/fuzz/seeds'
import { aliasBomb, nestedJsonText } from '../tests/fuzz/shapes'
import { buildZipBomb, withDeclaredSizes, zipOf } from '../tests/fuzz/zips'

const DIR = join(import.meta.dirname, '../tests/fixtures/hostile')
const utf8 = (text: string) => new TextEncoder().encode(text)
const BOM = Uint8Array.of(0xef, 0xbb, 0xbf)
const files: Record<string, Uint8Array> = {}
const put = (name: string, bytes: Uint8Array | string) => (files[name] = typeof bytes === 'string' ? utf8(bytes) : bytes)

// Inventory CSVs: a header and rows of organizations no other fixture has.
const HEADER = 'organization,organization_kind,service,category,description,community_areas,schedule,languages,eligibility'
const row = (organization: string, service: string, extra: Partial<Record<'description' | 'areas' | 'schedule' | 'languages' | 'eligibility', string>> = {}) =>
  [organization, 'youth', service, 'summer-jobs', extra.description ?? 'Paid summer work', extra.areas ?? 'Pilsen', extra.schedule ?? 'Mon-Fri 10:00-18:00', extra.languages ?? 'English', extra.eligibility ?? '']
    .map((cell) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell))
    .join(',')
const csv = (...rows: string[]) => [HEADER, ...rows].join('\r\n') + '\r\n'

put('latin1.csv', Buffer.from(csv(row('Peñón Youth Hub (fictional)', 'Summer jobs', { languages: 'Español' })), 'latin1'))
put('utf16-bom.csv', concat(Uint8Array.of(0xff, 0xfe), Buffer.from(csv(row('Pilsen Youth Hub (fictional)', 'Summer jobs')), 'utf16le')))
put('bom-crlf.csv', concat(BOM, utf8(csv(row('BOM Street Youth (fictional)', 'Summer jobs'), row('BOM Street Youth (fictional)', 'Evening tutoring')))))
put('formula-and-markup.csv', csv(row(HOSTILE_SNIPPETS[4]!, '<script>alert(1)</script>', { description: '@SUM(A1:A9)', eligibility: '<img src=x onerror=alert(1)>' })))
put('prototype-words.csv', csv(row('Proto Youth (fictional)', 'Day camp', { schedule: 'constructor-Fri 09:00-17:00' }), row('Proto Youth (fictional)', 'Night camp', { languages: 'constructor' }), row('Proto Youth (fictional)', 'Late camp', { areas: '__proto__' }), row('Proto Youth (fictional)', 'Sound camp')))
put('huge-cell.csv', csv(row('Huge Youth (fictional)', 'Long talk', { description: 'word '.repeat(4_000) }), row('Huge Youth (fictional)', 'Short talk')))
put('stray-quote.csv', `${HEADER}\r\nQuote Youth (fictional),youth,"Summer jobs,summer-jobs,x,Pilsen,Mon-Fri 10:00-18:00,English,\r\n`)
put('nul-bytes.csv', concat(utf8(HEADER + '\r\n'), new Uint8Array(64)))
put('empty.csv', '')
put('header-only.csv', `${HEADER}\r\n`)

// HSDS packages: the smallest real one, then broken in one way each.
const organizations = 'id,name,description,email\r\norg-1,Corpus Peace Walkers (fictional),,walkers@example.org\r\n'
const services = 'id,organization_id,name,description,status\r\nsvc-1,org-1,Night outreach,Outreach workers on the blocks at night,active\r\n'
const descriptor = (name: string) => JSON.stringify({ name, resources: [{ name: 'organization', path: 'organizations.csv' }, { name: 'service', path: 'services.csv' }] })
const pack = (folder: string, datapackage: string | undefined, withServices = true) => {
  put(`${folder}/organizations.csv`, organizations)
  if (withServices) put(`${folder}/services.csv`, services)
  if (datapackage !== undefined) put(`${folder}/datapackage.json`, datapackage)
}
pack('broken-datapackage', 'null')
pack('datapackage-syntax-error', '{"name": "corpus", "resources": [')
pack('datapackage-odd-resources', '{"name": "odd", "resources": [null, 1, "x", [], {"name": {}, "path": 5}, {"name": "service"}]}')
pack('missing-services', descriptor('missing'), false)
put('zip-slip.zip', zipOf([
  { name: '../../services.csv', bytes: utf8(services) },
  { name: '../organizations.csv', bytes: utf8(organizations) },
  { name: '/etc/datapackage.json', bytes: utf8(descriptor('zip-slip')) },
]))
put('zip-bomb.zip', buildZipBomb())
put('zip-bomb-lying-size.zip', withDeclaredSizes(buildZipBomb(20 * 1024 * 1024), [1_000]))
put('not-a-zip.zip', utf8(services))
const whole = zipOf([{ name: 'services.csv', bytes: utf8(services) }, { name: 'organizations.csv', bytes: utf8(organizations) }])
put('truncated.zip', whole.slice(0, Math.floor(whole.length / 2)))
const service = JSON.parse(textOf(seeds().hsdsJson[0]!)) as { organization: { id: unknown } }
service.organization.id = { toString: 1, valueOf: 1 }
put('hsds-object-id.json', JSON.stringify(service))

// Scenario files.
const scenario = textOf(seeds().scenarios.find((s) => s.name === 'school-dismissal-video.yaml')!)
put('alias-bomb.yaml', aliasBomb(9, 9))
put('deep-nesting.yaml', `${'['.repeat(20_000)}x${']'.repeat(20_000)}\n`)
put('deep-nesting.json', nestedJsonText(20_000, 'object'))
put('huge-string.yaml.gz', gzipSync(`formatVersion: 3\nid: "${'A'.repeat(5_200_000)}"\n`))
put('invalid-utf8.yaml', concat(utf8(scenario.slice(0, 200)), Uint8Array.of(0xc0, 0xaf, 0xed, 0xa0, 0x80), utf8(scenario.slice(200))))
put('utf16.yaml', concat(Uint8Array.of(0xff, 0xfe), Buffer.from(scenario, 'utf16le')))
put('bom.yaml', concat(BOM, utf8(scenario)))
put('cycle.yaml', scenario.replace(/^overview:\n/m, 'overview: &overview\n  self: *overview\n'))
put('tags.yaml', 'formatVersion: !!binary aGVsbG8=\noverview: !!js/function "function () {}"\nmodules: !!set {a, b}\n')
put('duplicate-keys.yaml', `${scenario}\nformatVersion: 3\n`)
// One block pasted a thousand times off its indentation: each copy nests one level deeper in the parser.
const villita = textOf(seeds().scenarios.find((s) => s.name === 'plan-de-verano-la-villita.yaml')!)
const block = 'atro cuadras\n        communityArea: Little Village\n        when: Sat 11:00-16:00\n        duration: todo el verano\n        languages: [es]\n        amount: { value: 4, unit: blocks }\n    '
const at = villita.indexOf(block)
if (at < 0) throw new Error('plan-de-verano-la-villita.yaml changed: choose another block to repeat')
put('repeated-block.yaml.gz', gzipSync(villita.slice(0, at) + block.repeat(1_017) + villita.slice(at + block.length)))
// A quarter of a million stray quotes: as many errors, each a YAML error of its own.
put('stray-quotes.yaml.gz', gzipSync('"'.repeat(250_000) + textOf(seeds().scenarios.find((s) => s.name === 'fourth-of-july-heat-wave.yaml')!)))
put('markup-title.yaml', scenario.replace(/^( {2}title: ).*$/m, `$1"<script>alert('title')</script> & <b>bold</b>"`))

// Session and town-hall files.
const session = textOf(seeds().session)
const townHall = textOf(seeds().townHall)
put('session-truncated.json', session.slice(0, Math.floor(session.length / 2)))
put('session-deep-reason.json', JSON.stringify(JSON.parse(session)).replace('"reasons":[{', () => `"reasons":[{"extra":${nestedJsonText(20_000, 'array')},`))
put('session-newer-version.json', session.replace('"roundtableSession": 1', '"roundtableSession": 2'))
put('session-bom.json', concat(BOM, utf8(session)))
put('session-invalid-utf8.json', concat(utf8(session.slice(0, 100)), Uint8Array.of(0xff, 0xfe, 0x80), utf8(session.slice(100))))
put('session-deep-nesting.json', nestedJsonText(50_000, 'array'))
put('townhall-wrong-version.json', townHall.replace('"roundtableTownHall": 1', '"roundtableTownHall": 2'))
put('townhall-version-string.json', townHall.replace('"roundtableTownHall": 1', '"roundtableTownHall": "1"'))
put('townhall-truncated.json', townHall.slice(0, Math.floor(townHall.length / 3)))
const markup = JSON.parse(townHall) as { townHall: { title: string } }
markup.townHall.title = '<script>alert("town hall")</script> =cmd|\' /C calc\'!A0'
put('townhall-markup.json', JSON.stringify(markup, null, 1))

put('SOURCE.md', `# Hostile files

Files a careless tool or an attacker might hand Roundtable, each named for what it is, made by
\`scripts/write-hostile-corpus.ts\` from the app's own example files (all data fictional).
\`tests/fuzz/corpus.test.ts\` reads each through its reader and says what it must come to: a clear
error, or a correct import with odd text stored as written. Large files are stored gzipped.
`)

rmSync(DIR, { recursive: true, force: true })
for (const [name, bytes] of Object.entries(files)) {
  mkdirSync(join(DIR, name, '..'), { recursive: true })
  writeFileSync(join(DIR, name), bytes)
}
console.log(`Wrote ${Object.keys(files).length} files to tests/fixtures/hostile.`)
