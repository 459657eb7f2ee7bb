// `npm run serve`: the same services as the desktop app, for a plain browser on this machine.
import { dirname, join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { createUploadFiles } from '../services/upload-files'
import { fileURLToPath } from 'node:url'
import packageJson from '../../../package.json'
import { AppError } from '../../shared/errors'
import type { Language } from '../../shared/i18n/catalog'
import { cliLanguage } from '../../shared/i18n/cli-language'
import { formatMessage } from '../../shared/i18n/format'
import { said, word } from '../../shared/i18n/said'
import { createDispatch } from '../api/dispatch'
import { createHandlers } from '../services'
import { dataDirOverride, defaultDataDir, readOption } from '../store/data-dir'
import { openStore, type Store } from '../store/open-store'
import { appClockFrom } from './app-clock'
import { startBridge } from './http-bridge'
import { anotherAddressLines, launchLines } from './launch-lines'

async function main(argv: readonly string[], language: Language): Promise<void> {
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

  for (const line of launchLines(language, { notices: store.notices, dataDir, url: bridge.url })) console.log(line)
  // Each address is spent once opened; the one at the keyboard asks for a new one here (not a
  // terminal-mode reader, so Ctrl+C still reaches the process as SIGINT).
  createInterface({ input: process.stdin, terminal: false }).on('line', () => {
    for (const line of anotherAddressLines(language, bridge.newLaunchUrl())) console.log(line)
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

const chosen = cliLanguage(process.argv.slice(2), process.env)
const { language } = chosen
const started = chosen.ok ? main(process.argv.slice(2), language) : Promise.reject(new Error(word(language, chosen.problem)))
started.catch((error: unknown) => {
  // An AppError is worded in the command's language; anything else is a bug, printed whole for whoever reports it.
  if (error instanceof AppError) console.error(formatMessage(language, 'cli.serve.couldNotStart', { reason: word(language, said(error.reason, error.values)) }))
  else console.error(formatMessage(language, 'cli.serve.couldNotStart', { reason: '' }), error)
  process.exit(1)
})
