// Builds the app when its sources are newer than the last build, then starts the serve bridge.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const entry = join(root, 'out', 'main', 'serve.js')

function newestMtime(path) {
  const stats = statSync(path)
  if (!stats.isDirectory()) return stats.mtimeMs
  let newest = stats.mtimeMs
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)))
  return newest
}

const sources = ['src', 'package.json', 'electron.vite.config.ts'].map((p) => join(root, p))
const needsBuild = !existsSync(entry) || Math.max(...sources.map(newestMtime)) > statSync(entry).mtimeMs
if (needsBuild) {
  console.log('Building Roundtable…')
  const result = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit' })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

await import(entry)
