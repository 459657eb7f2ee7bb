import type { RendererApi } from '../../shared/bridge'
import type { ShellApi } from '../../shared/shell'

declare global {
  interface Window {
    /** Present under Electron (set by the preload); absent in a plain browser. */
    readonly api?: RendererApi
    /** The Edit menu's link, under Electron only. */
    readonly shell?: ShellApi
  }
}
