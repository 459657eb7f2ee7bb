// The app's workers as it builds them (one bundled file each), made here with esbuild so the unit
// tests can run them in a real worker thread or child process without `electron-vite build`.
// Written under node_modules/.cache so that better-sqlite3 resolves from them.
import { buildSync } from 'esbuild'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

const ROOT = resolve(__dirname, '../..')
const OUT = join(ROOT, 'node_modules/.cache/roundtable-tests')

const built = new Map<string, string>()

export function builtImportWorker(): string {
  return builtWorker('src/main/services/inventory/import-worker.ts')
}

/** `entry`: the worker's source, from the repository's root. */
export function builtWorker(entry: string): string {
  const done = built.get(entry)
  if (done) return done
  const file = join(OUT, `${entry.replace(/\W+/g, '-')}-${process.pid}.mjs`)
  buildSync({
    entryPoints: [join(ROOT, entry)],
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
  built.set(entry, file)
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
