// `npm run serve`: the same services as the desktop app, for a plain browser on this machine.
import { dirname, join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { createUploadFiles } from '../services/upload-files'
import { fileURLToPath } from 'node:url'
import packageJson from '../../../package.json'
import { AppError } from '../../shared/errors'
import { noticeText } from '../../shared/notices'
import { createDispatch } from '../api/dispatch'
import { createHandlers } from '../services'
import { dataDirOverride, defaultDataDir, readOption } from '../store/data-dir'
import { openStore, type Store } from '../store/open-store'
import { appClockFrom } from './app-clock'
import { startBridge } from './http-bridge'

async function main(argv: readonly string[]): Promise<void> {
  const dataDir = dataDirOverride(argv, process.env) ?? defaultDataDir(process.platform, process.env)
  const portText = readOption(argv, '--port')
  const port = portText === undefined ? 0 : Number(portText)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new AppError('INVALID_INPUT', 'error.cli.port', { value: String(portText) })
  }

  const clock = appClockFrom(readOption(argv, '--now'))
  const store: Store = openStore({ dataDir, now: clock })
  const outMainDir = dirname(fileURLToPath(import.meta.url))
  const resourcesDir = resolve(outMainDir, '../../resources')
  const scenariosDir = resolve(outMainDir, '../../scenarios')
  const uploads = createUploadFiles(join(dataDir, 'uploads'))
  const dispatch = createDispatch(
    createHandlers({ store, appVersion: packageJson.version, runtime: 'browser', resourcesDir, scenariosDir, clock, importWorkerFile: resolve(outMainDir, 'import-worker.js'), readingWorkerFile: resolve(outMainDir, 'reading-worker.js'), uploads, backupEveryMs: 20 * 60_000 }),
  )
  const rendererDir = resolve(outMainDir, '../renderer')
  const bridge = await startBridge({ dispatch, rendererDir, port, maxBodyBytes: 80 * 1024 * 1024, uploads })

  for (const notice of store.notices) console.log(`Note: ${noticeText(notice)}`)
  console.log(`Roundtable is running. Data folder: ${dataDir}`)
  console.log('Open this address in your browser (its secret works once, for this launch only):')
  console.log(`  ${bridge.url}`)
  console.log('Press Enter for another address (another browser, or after closing this one). Press Ctrl+C to stop.')
  // Each address is spent once opened; the one at the keyboard asks for a new one here (not a
  // terminal-mode reader, so Ctrl+C still reaches the process as SIGINT).
  createInterface({ input: process.stdin, terminal: false }).on('line', () => {
    console.log('Another address, its secret also good once:')
    console.log(`  ${bridge.newLaunchUrl()}`)
  })

  let stopping = false
  const stop = (): void => {
    if (stopping) return
    stopping = true
    void bridge.close().finally(() => {
      store.close()
      process.exit(0)
    })
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof AppError) console.error(`Roundtable could not start: ${error.message}`)
  else console.error('Roundtable could not start:', error)
  process.exit(1)
})
