// Stand-ins for Electron's windows: a WebContents (an EventEmitter with a window-open handler,
// emitting navigation events as Electron does, with a details object that can be prevented) and a
// BrowserWindow that remembers every one made, for `vi.mock('electron', ...)`.
import { EventEmitter } from 'node:events'
import type { BrowserWindowConstructorOptions, WebContents, WindowOpenHandlerResponse } from 'electron'

export type NavigationEvent = 'will-navigate' | 'will-redirect' | 'will-frame-navigate'
export const NAVIGATION_EVENTS: readonly NavigationEvent[] = ['will-navigate', 'will-redirect', 'will-frame-navigate']

export class FakeWebContents extends EventEmitter {
  openHandler: ((details: { url: string }) => WindowOpenHandlerResponse) | undefined

  setWindowOpenHandler(handler: (details: { url: string }) => WindowOpenHandlerResponse): void {
    this.openHandler = handler
  }

  /** Emits one navigation event to `url` and says whether any listener prevented it. */
  navigate(event: NavigationEvent, url: string, isMainFrame = true): boolean {
    let prevented = false
    const details = { url, isMainFrame, isSameDocument: false, frame: null, preventDefault: () => void (prevented = true) }
    // will-navigate and will-redirect still pass the URL as a (deprecated) second argument.
    this.emit(event, details, url, false, isMainFrame)
    return prevented
  }

  /** What window.open(url) would get: Electron allows it when no handler is set. */
  open(url: string): WindowOpenHandlerResponse {
    return this.openHandler ? this.openHandler({ url }) : { action: 'allow' }
  }

  /** The typed view the code under test asks for. */
  asWebContents(): WebContents {
    return this as unknown as WebContents
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static made: FakeBrowserWindow[] = []
  readonly webContents = new FakeWebContents()
  loaded: string | undefined

  constructor(readonly options: BrowserWindowConstructorOptions) {
    super()
    FakeBrowserWindow.made.push(this)
  }

  maximize(): void {}
  show(): void {}
  isDestroyed(): boolean {
    return false
  }
  isMaximized(): boolean {
    return false
  }
  getNormalBounds() {
    return { x: 10, y: 10, width: 1200, height: 800 }
  }
  async loadFile(file: string): Promise<void> {
    this.loaded = file
  }
  async loadURL(url: string): Promise<void> {
    this.loaded = url
  }
}

/** The part of the electron module the window factories use. */
export const electronStandIn = {
  BrowserWindow: FakeBrowserWindow,
  screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
}
