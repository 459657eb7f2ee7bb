import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import { resolve } from 'node:path'
import type { Plugin } from 'vite'
import { META_CONTENT_SECURITY_POLICY } from './src/shared/content-security'

/** Writes the one CSP (src/shared/content-security.ts) into index.html, for Electron's file:// page. */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'roundtable-csp-meta',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  }
}

export default defineConfig({
  main: {
    build: {
      rolldownOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          serve: resolve(__dirname, 'src/main/serve/cli.ts'),
          // Reads and plans inventory imports off the main thread (see import-jobs.ts).
          'import-worker': resolve(__dirname, 'src/main/services/inventory/import-worker.ts'),
          // Parses scenario, session and town-hall files off the main thread (see file-reader.ts).
          'reading-worker': resolve(__dirname, 'src/main/services/reading/reading-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload must be one CommonJS file.
      rolldownOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    plugins: [react(), contentSecurityPolicyMeta()],
    build: {
      // graph-bench.html is the map benchmark's page (npm run bench -- graph); the app never links to it.
      rolldownOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html'), 'graph-bench': resolve(__dirname, 'src/renderer/graph-bench.html') } },
    },
  },
})
