import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint({ cwd: process.cwd() })

async function restrictedImportErrors(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message)
}

describe('import boundaries', () => {
  it('keep src/shared free of Electron, Node, the database and the other roots', async () => {
    const file = 'src/shared/example.ts'
    expect(await restrictedImportErrors(`import { app } from 'electron'\nvoid app`, file)).toHaveLength(1)
    expect(await restrictedImportErrors(`import { readFileSync } from 'node:fs'\nvoid readFileSync`, file)).toHaveLength(1)
    expect(await restrictedImportErrors(`import path from 'path'\nvoid path`, file)).toHaveLength(1)
    expect(await restrictedImportErrors(`import Database from 'better-sqlite3'\nvoid Database`, file)).toHaveLength(1)
    expect(await restrictedImportErrors(`import { openStore } from '../main/store/open-store'\nvoid openStore`, file)).toHaveLength(1)
    expect(await restrictedImportErrors(`import { App } from '../renderer/src/App'\nvoid App`, file)).toHaveLength(1)
    expect(await restrictedImportErrors(`import { z } from 'zod'\nvoid z`, file)).toEqual([])
  })

  it('keep the renderer from importing main, Electron or Node', async () => {
    const file = 'src/renderer/src/example.ts'
    expect(await restrictedImportErrors(`import { openStore } from '../../main/store/open-store'\nvoid openStore`, file)).toHaveLength(1)
    expect(await restrictedImportErrors(`import { ipcRenderer } from 'electron'\nvoid ipcRenderer`, file)).toHaveLength(1)
    expect(await restrictedImportErrors(`import fs from 'node:fs'\nvoid fs`, file)).toHaveLength(1)
    expect(await restrictedImportErrors(`import { contract } from '../../shared/contract'\nvoid contract`, file)).toEqual([])
  })

  it('keep services and the store free of Electron, which only the shell may use', async () => {
    expect(await restrictedImportErrors(`import { app } from 'electron'\nvoid app`, 'src/main/services/example.ts')).toHaveLength(1)
    expect(await restrictedImportErrors(`import { app } from 'electron'\nvoid app`, 'src/main/store/example.ts')).toHaveLength(1)
    expect(await restrictedImportErrors(`import { app } from 'electron'\nvoid app`, 'src/main/shell/example.ts')).toEqual([])
  })

  it('keep migrations frozen: a migration imports only its runner, packages and data beside it', async () => {
    const file = 'src/main/store/migrations/0099-example.ts'
    expect(await restrictedImportErrors(`import type { Migration } from '../migration'\nexport type M = Migration`, file)).toEqual([])
    expect(await restrictedImportErrors(`import { v5 } from 'uuid'\nvoid v5`, file)).toEqual([])
    expect(await restrictedImportErrors(`import seeds from './0099-example.seed.json'\nvoid seeds`, file)).toEqual([])
    expect(await restrictedImportErrors(`import { areaSearchKey } from '../../../shared/community-areas'\nvoid areaSearchKey`, file)).toHaveLength(1)
    expect(await restrictedImportErrors(`import { ROUNDTABLE_APPLICATION_ID } from '../application-id'\nvoid ROUNDTABLE_APPLICATION_ID`, file)).toHaveLength(1)
    expect(await restrictedImportErrors(`import { migration0001AppSettings } from './0001-app-settings'\nvoid migration0001AppSettings`, file)).toHaveLength(1)
    expect(await restrictedImportErrors(`import seeds from './data/seed.json'\nvoid seeds`, file)).toHaveLength(1)
    // The list of migrations is not one: it imports them all.
    expect(await restrictedImportErrors(`import { migration0001AppSettings } from './0001-app-settings'\nvoid migration0001AppSettings`, 'src/main/store/migrations/index.ts')).toEqual([])
  })

  it('keep migrations inside the store: the rest of main uses live code instead', async () => {
    const code = `import { migration0002CommunityAreas } from '../store/migrations/0002-community-areas'\nvoid migration0002CommunityAreas`
    expect(await restrictedImportErrors(code, 'src/main/services/example.ts')).toHaveLength(1)
    expect(await restrictedImportErrors(code, 'src/main/shell/example.ts')).toHaveLength(1)
    expect(await restrictedImportErrors(`import { MIGRATIONS } from '../store/migrations'\nvoid MIGRATIONS`, 'src/main/services/example.ts')).toHaveLength(1)
    expect(await restrictedImportErrors(`import { openStore } from '../store/open-store'\nvoid openStore`, 'src/main/services/example.ts')).toEqual([])
    expect(await restrictedImportErrors(`import { MIGRATIONS } from './migrations'\nvoid MIGRATIONS`, 'src/main/store/open-store.ts')).toEqual([])
  })

  it('keep the store independent of the API contract, the API and the services', async () => {
    const file = 'src/main/store/example.ts'
    expect(await restrictedImportErrors(`import type { Notice } from '../../shared/contract'\nexport type N = Notice`, file)).toHaveLength(1)
    expect(await restrictedImportErrors(`import { createDispatch } from '../api/dispatch'\nvoid createDispatch`, file)).toHaveLength(1)
    expect(await restrictedImportErrors(`import { createInventoryService } from '../services/inventory'\nvoid createInventoryService`, file)).toHaveLength(1)
    expect(await restrictedImportErrors(`import type { Notice } from '../../shared/notices'\nexport type N = Notice`, file)).toEqual([])
  })

  it('keep the call names in a module that imports nothing', async () => {
    const file = 'src/shared/contract/names.ts'
    expect(await restrictedImportErrors(`import { z } from 'zod'\nvoid z`, file)).toHaveLength(1)
    expect(await restrictedImportErrors(`import { contract } from './index'\nvoid contract`, file)).toHaveLength(1)
    expect(await restrictedImportErrors(`import type { CallTable } from './common'\nexport type T = CallTable`, file)).toHaveLength(1)
    expect(await restrictedImportErrors(`import { CALL_NAMES } from './names'\nvoid CALL_NAMES`, 'src/shared/contract/index.ts')).toEqual([])
  })

  it('keep a running session changing only through the named actions', async () => {
    const console_ = 'src/renderer/src/sections/sessions/console/Example.tsx'
    expect(await restrictedImportErrors(`import { produceWithPatches } from 'immer'\nvoid produceWithPatches`, console_)).toHaveLength(1)
    expect(await restrictedImportErrors(`import { produce } from 'immer'\nvoid produce`, 'src/renderer/src/bench/example.ts')).toHaveLength(1)
    expect(await restrictedImportErrors(`import { applyPatches } from 'immer'\nvoid applyPatches`, console_)).toEqual([])
    expect(await restrictedImportErrors(`import { capture } from '../../../../../shared/session/actions'\nvoid capture`, console_)).toEqual([])
    // Still the renderer: main stays out of reach.
    expect(await restrictedImportErrors(`import { openStore } from '../../../../../main/store/open-store'\nvoid openStore`, console_)).toHaveLength(1)
    // A scenario draft is not a session: the editor may use immer as it likes.
    expect(await restrictedImportErrors(`import { produce } from 'immer'\nvoid produce`, 'src/renderer/src/sections/scenarios/Example.tsx')).toEqual([])
  })
})
