import { readdirSync, readFileSync, statSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

describe('plurals', () => {
  it('are ICU plurals in the catalogs, never a count compared with 1 in code', () => {
    const sources = ['src/renderer/src', 'src/shared', 'src/main'].flatMap((root) => listFiles(root))
    const handWritten = sources.filter((file) => /=== 1 \? ['`"]/.test(readFileSync(file, 'utf8')))
    expect(handWritten).toEqual([])
  })
})

function listFiles(dir: string): string[] {
  return readdirRecursive(dir).filter((file) => /\.(ts|tsx)$/.test(file))
}

function readdirRecursive(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = `${dir}/${name}`
    return statSync(path).isDirectory() ? readdirRecursive(path) : [path]
  })
}
