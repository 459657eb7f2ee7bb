// The one navigation guard, applied to every web contents (app-wide on web-contents-created and
// again by each window's factory): no frame goes anywhere but where its window may go, no
// webviews, no Bluetooth device picked behind the facilitator's back, and no new window except
// the presenter view the main window asks for. Free of electron imports so it can be tested in Node.
import type { App, BrowserWindowConstructorOptions, WebContents, WindowOpenHandlerResponse } from 'electron'
import { isAppUrl, isPresenterUrl, type AppLocation } from './app-url'

/** The part of Electron's WebContents the guard uses, so tests can hand it a stand-in. */
export type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>

/** Which addresses a window may navigate to. */
export type NavigationRule = (url: string) => boolean
export type WindowOpenRule = (details: { url: string }) => WindowOpenHandlerResponse

/** A page window: the app's own page (its hash routes never navigate at all). */
export const appPagesOnly = (location: AppLocation): NavigationRule => (url) => isAppUrl(url, location)

/** The hidden PDF window: it is loaded once by the main process and goes nowhere after. */
export const nowhere: NavigationRule = () => false

export const denyAllWindows: WindowOpenRule = () => ({ action: 'deny' })

/** The main window's one exception: the presenter view of a session or a town hall, with its locked-down options. */
export function presenterWindowsOnly(location: AppLocation, presenterOptions: BrowserWindowConstructorOptions): WindowOpenRule {
  return ({ url }) => (isPresenterUrl(url, location) ? { action: 'allow', overrideBrowserWindowOptions: presenterOptions } : { action: 'deny' })
}

/** The empty documents a subframe starts from (the report preview is an <iframe srcdoc>): inert, the parent's origin and policy. */
function isEmptyFrameDocument(url: string): boolean {
  return url === 'about:srcdoc' || url === 'about:blank'
}

export function guardWebContents(contents: GuardedContents, allows: NavigationRule, openWindow: WindowOpenRule = denyAllWindows): void {
  contents.on('will-navigate', (details) => {
    if (!allows(details.url)) details.preventDefault()
  })
  contents.on('will-redirect', (details) => {
    if (!allows(details.url)) details.preventDefault()
  })
  // Unlike will-navigate, this one also fires for subframes.
  contents.on('will-frame-navigate', (details) => {
    if (allows(details.url)) return
    if (!details.isMainFrame && isEmptyFrameDocument(details.url)) return
    details.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  // Without a listener that prevents the default, Electron picks the first device it finds.
  contents.on('select-bluetooth-device', (event, _devices, callback) => {
    event.preventDefault()
    callback('')
  })
  contents.setWindowOpenHandler(openWindow)
}

/** Every web contents, present and future, whoever made it: the app's page only, no new windows. */
export function guardAllWebContents(app: Pick<App, 'on'>, location: AppLocation): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, appPagesOnly(location)))
}
