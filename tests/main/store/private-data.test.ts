// Participants' names and contacts on a shared laptop: the data folder and everything Roundtable
// writes in it are the user's alone, and what is deleted does not linger in the file.
import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createInventoryService } from '../../../src/main/services/inventory'
import { MIGRATIONS } from '../../../src/main/store/migrations'
import { openStore } from '../../../src/main/store/open-store'
import { useTempDirs } from '../../helpers/temp-dir'

const tempDir = useTempDirs()
const now = () => new Date('2026-11-23T12:00:00.000Z')
const modeOf = (path: string) => statSync(path).mode & 0o777

describe.skipIf(process.platform === 'win32')('the data folder is private', () => {
  it('is made 0700, and the data file with its -wal and -shm 0600', () => {
    const dataDir = join(tempDir(), 'Roundtable')
    const store = openStore({ dataDir, now })
    store.db.prepare('UPDATE community_area SET is_focus = 1 WHERE number = 30').run()
    expect(modeOf(dataDir)).toBe(0o700)
    const files = readdirSync(dataDir).filter((name) => name.startsWith('roundtable.db'))
    expect(files.sort()).toEqual(['roundtable.db', 'roundtable.db-shm', 'roundtable.db-wal'])
    for (const name of files) expect([name, modeOf(join(dataDir, name))]).toEqual([name, 0o600])
    store.close()
  })

  it('closes a folder and files an earlier launch left readable by everyone', () => {
    const dataDir = tempDir()
    openStore({ dataDir, now }).close()
    chmodSync(dataDir, 0o755)
    chmodSync(join(dataDir, 'roundtable.db'), 0o644)
    const store = openStore({ dataDir, now })
    expect(modeOf(dataDir)).toBe(0o700)
    expect(modeOf(join(dataDir, 'roundtable.db'))).toBe(0o600)
    store.close()
  })

  it('keeps the backup made before a migration, and its folder, private', () => {
    const dataDir = tempDir()
    openStore({ dataDir, now, migrations: MIGRATIONS.slice(0, -1) }).close()
    const store = openStore({ dataDir, now })
    expect(store.notices.map((n) => n.reason)).toContain('notice.store.backedUp')
    const backups = join(dataDir, 'backups')
    expect(modeOf(backups)).toBe(0o700)
    const [backup] = readdirSync(backups)
    expect(modeOf(join(backups, backup!))).toBe(0o600)
    store.close()
  })

  it('keeps a moved-aside file private', () => {
    const dataDir = tempDir()
    mkdirSync(dataDir, { recursive: true })
    writeFileSync(join(dataDir, 'roundtable.db'), 'names and phone numbers, not a database', { mode: 0o644 })
    const store = openStore({ dataDir, now })
    const moved = readdirSync(dataDir).find((name) => name.includes('.unreadable-'))!
    expect(modeOf(join(dataDir, moved))).toBe(0o600)
    store.close()
  })
})

describe('what is deleted', () => {
  it('is overwritten in the data file, not left in its free space', () => {
    const dataDir = tempDir()
    const store = openStore({ dataDir, now })
    const inventory = createInventoryService(store.db, now)
    const secret = 'Zyxwvut Ada, cell 312-555-0142'
    const saved = inventory.saveOrganization({ name: 'Block club (sample)', kind: 'block-club', description: '', contactPerson: secret, phone: '', email: '', languages: ['en'], areaNumbers: [25], citywide: false, notes: '' })
    store.db.pragma('wal_checkpoint(TRUNCATE)')
    expect(readFileSync(store.file).includes(secret)).toBe(true)
    inventory.deleteOrganization(saved.id)
    store.db.pragma('wal_checkpoint(TRUNCATE)')
    expect(readFileSync(store.file).includes(secret)).toBe(false)
    expect(readFileSync(`${store.file}-wal`).includes(secret)).toBe(false)
    store.close()
  })
})
