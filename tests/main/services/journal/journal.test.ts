import { describe, expect, it } from 'vitest'
import { createHandlers } from '../../../../src/main/services'
import { CHECKPOINT_EVERY } from '../../../../src/main/services/journal/journal'
import { createTownHallService } from '../../../../src/main/services/townhalls'
import { openStore } from '../../../../src/main/store/open-store'
import { captureItem } from '../../../../src/shared/townhall/actions'
import { RESOURCES_DIR, SCENARIOS_DIR } from '../../../helpers/resources'
import { useTempDirs } from '../../../helpers/temp-dir'

const tempDir = useTempDirs()
let n = 0
const context = { now: new Date('2026-12-05T19:00:00.000Z'), newId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}` }

describe('the shared journal', () => {
  it('writes the whole document every CHECKPOINT_EVERY changes, and reads back every change saved since', async () => {
    const dataDir = tempDir()
    const store = openStore({ dataDir })
    const handlers = createHandlers({ store, appVersion: 't', runtime: 'browser', resourcesDir: RESOURCES_DIR, scenariosDir: SCENARIOS_DIR, exampleSession: false })
    const { id } = await handlers['townHalls.create']({ title: 'T', areaNumbers: [25], date: '2026-12-05', place: '', topics: '', languages: ['en'], expectedAttendance: null })
    let { document } = await handlers['townHalls.state']({ id })
    const total = CHECKPOINT_EVERY * 2 + 7
    for (let revision = 0; revision < total; revision++) {
      const change = captureItem(document, { text: `Item ${revision}`, kind: 'concern', language: 'en' }, context)!
      await handlers['townHalls.applyChange']({ townHallId: id, baseRevision: revision, label: change.label, patches: change.patches as never, inversePatches: change.inversePatches as never })
      document = change.document
    }
    const written = store.db.prepare(`SELECT revision FROM journal_state WHERE owner_kind = 'town-hall' AND owner_id = ?`).pluck().get(id)
    expect(written).toBe(CHECKPOINT_EVERY * 2)
    // Another reader (a restart) sees every change, the last seven from the journal alone.
    const fresh = createTownHallService(store.db).journal.current(id)
    expect(fresh.revision).toBe(total)
    expect(fresh.document).toEqual(document)
    store.close()
  })
})
