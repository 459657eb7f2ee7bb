// The import worker as the app builds it (one bundled file), made here with esbuild so the unit
// tests can run it in a real worker thread or child process without `electron-vite build`.
// Written under node_modules/.cache so that better-sqlite3 resolves from it.
import { buildSync } from 'esbuild'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

const ROOT = resolve(__dirname, '../..')
const OUT = join(ROOT, 'node_modules/.cache/roundtable-tests')

let built: string | undefined

export function builtImportWorker(): string {
  if (built) return built
  const file = join(OUT, `import-worker-${process.pid}.mjs`)
  buildSync({
    entryPoints: [join(ROOT, 'src/main/services/inventory/import-worker.ts')],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['better-sqlite3'],
    // Bundled CommonJS dependencies may call require().
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    logLevel: 'silent',
  })
  built = file
  return file
}

/**
 * A stand-in for Electron's utility process: a Node child process whose process.parentPort
 * behaves as Electron's does (messages come as { data }, queued until someone listens).
 */
export function utilityBootstrap(): string {
  const file = join(OUT, 'utility-bootstrap.mjs')
  mkdirSync(OUT, { recursive: true })
  writeFileSync(
    file,
    `import { EventEmitter } from 'node:events'
import { pathToFileURL } from 'node:url'
const port = new EventEmitter()
const queue = []
let listening = false
port.postMessage = (message) => process.send(message)
process.on('message', (message) => (listening ? port.emit('message', { data: message }) : queue.push(message)))
port.on('newListener', (event) => {
  if (event !== 'message' || listening) return
  listening = true
  setImmediate(() => queue.splice(0).forEach((message) => port.emit('message', { data: message })))
})
process.parentPort = port
await import(pathToFileURL(process.argv[2]).href)
`,
  )
  return file
}
