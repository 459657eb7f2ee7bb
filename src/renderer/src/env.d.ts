import type { RendererApi } from '../../shared/bridge'

declare global {
  interface Window {
    /** Present under Electron (set by the preload); absent in a plain browser. */
    readonly api?: RendererApi
  }
}
