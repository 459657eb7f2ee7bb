// Where the data folder is: --data-dir, then ROUNDTABLE_DATA_DIR, then the platform's app-data
// folder (the same one Electron calls userData, so the desktop app and serve mode share data).
import { homedir } from 'node:os'
import { join, resolve } from 'node:path'

export const APP_FOLDER_NAME = 'Roundtable'

export function dataDirOverride(argv: readonly string[], env: NodeJS.ProcessEnv): string | undefined {
  const fromArgs = readOption(argv, '--data-dir')
  if (fromArgs) return resolve(fromArgs)
  const fromEnv = env['ROUNDTABLE_DATA_DIR']
  return fromEnv ? resolve(fromEnv) : undefined
}

export function defaultDataDir(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home = homedir()): string {
  if (platform === 'win32') return join(env['APPDATA'] ?? join(home, 'AppData', 'Roaming'), APP_FOLDER_NAME)
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_FOLDER_NAME)
  return join(env['XDG_CONFIG_HOME'] ?? join(home, '.config'), APP_FOLDER_NAME)
}

/** Reads `--name value` or `--name=value` from a command line. */
export function readOption(argv: readonly string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === name) return argv[i + 1]
    if (arg.startsWith(name + '=')) return arg.slice(name.length + 1)
  }
  return undefined
}
