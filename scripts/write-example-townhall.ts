// Writes the finished example town hall that ships with the app (resources/example-townhall.json):
// the Austin town hall played through the real services, finished, and exported as a town-hall
// file. Run after changing the example: `npx tsx scripts/write-example-townhall.ts`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startApp } from '../tests/helpers/app'
import { playAustinTownHall } from '../tests/helpers/played-townhall'
import { EXAMPLE_TOWN_HALL_FILE } from '../src/main/services/townhalls/example-townhall'

const dir = mkdtempSync(join(tmpdir(), 'roundtable-example-'))
// The evening of the town hall (6:30 pm in Chicago), a few seconds between each thing typed.
let tick = 0
const clock = () => new Date(Date.UTC(2026, 10, 13, 0, 30) + 20_000 * tick++)
const { call, store } = startApp(dir, { clock, exampleSession: false })
const { townHallId } = await playAustinTownHall(call, clock)
const { content } = await call('townHalls.exportFile', { id: townHallId })
store.close()
rmSync(dir, { recursive: true, force: true })
writeFileSync(join('resources', EXAMPLE_TOWN_HALL_FILE), content)
console.log(`Wrote resources/${EXAMPLE_TOWN_HALL_FILE} (${content.length} characters).`)
