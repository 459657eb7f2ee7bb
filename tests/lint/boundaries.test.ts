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
})
