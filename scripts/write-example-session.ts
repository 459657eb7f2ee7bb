// Writes the finished example session that ships with the app (resources/example-session.json):
// the school dismissal case example played through the real services, finished, and exported as a
// session file. Run after changing the example: `npx tsx scripts/write-example-session.ts`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startApp } from '../tests/helpers/app'
import { playSchoolSession } from '../tests/helpers/played-session'
import { EXAMPLE_SESSION_FILE } from '../src/main/services/sessions/example-session'

const dir = mkdtempSync(join(tmpdir(), 'roundtable-example-'))
// The evening the example was run; the starter inventory was verified before it.
let minute = 0
const clock = () => new Date(Date.UTC(2026, 9, 8, 23, 0) + 60_000 * minute++)
const { call, store } = startApp(dir, { clock, exampleSession: false })
const { sessionId } = await playSchoolSession(call, clock, { date: '2026-10-08' })
const { content } = await call('sessions.exportFile', { id: sessionId })
store.close()
rmSync(dir, { recursive: true, force: true })
writeFileSync(join('resources', EXAMPLE_SESSION_FILE), content)
console.log(`Wrote resources/${EXAMPLE_SESSION_FILE} (${content.length} characters).`)
