// Which addresses are the app itself: the one page a Roundtable window may show and the only
// frame whose IPC messages are answered. URLs are parsed, never string-matched.
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export interface AppLocation {
  /** Absolute path of the built renderer's index.html. */
  rendererIndexFile: string
  /** electron-vite's dev server, during development only. */
  devServerUrl?: string
}

export function isAppUrl(raw: string, location: AppLocation): boolean {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return false
  }
  if (location.devServerUrl !== undefined) {
    let dev: URL
    try {
      dev = new URL(location.devServerUrl)
    } catch {
      return false
    }
    return url.origin === dev.origin && (url.protocol === 'http:' || url.protocol === 'https:')
  }
  if (url.protocol !== 'file:' || (url.host !== '' && url.host !== 'localhost')) return false
  try {
    return resolve(fileURLToPath(url)) === resolve(location.rendererIndexFile)
  } catch {
    return false
  }
}

/** The presenter view of a session or a town hall: the only pages a Roundtable window may open as a second window. */
export function isPresenterUrl(raw: string, location: AppLocation): boolean {
  if (!isAppUrl(raw, location)) return false
  return /^#\/present(-town-hall)?\/[0-9a-f-]{36}$/.test(new URL(raw).hash)
}
