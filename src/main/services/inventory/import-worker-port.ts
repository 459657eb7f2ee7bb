// The import worker's side of its channel: a worker thread's parentPort and workerData under
// `serve`, or Electron's process.parentPort in a utility process, where the store's whereabouts
// arrive as the first message (see shell/utility-import-worker.ts).
import { parentPort, workerData } from 'node:worker_threads'
import type { FromImportWorker, ImportWorkerData, ToImportWorker } from './import-protocol'

export interface ParentChannel {
  send(message: FromImportWorker): void
  onMessage(listener: (message: ToImportWorker) => void): void
}

/** The first message a utility process gets. */
export interface UtilityInit {
  kind: 'init'
  data: ImportWorkerData
}

/** Electron's process.parentPort, as much of it as is used here. */
interface ElectronParentPort {
  once(event: 'message', listener: (event: { data: unknown }) => void): unknown
  on(event: 'message', listener: (event: { data: unknown }) => void): unknown
  postMessage(message: unknown): void
}

/** Calls `start` once the worker knows where the store is and how to answer. */
export function connectToParent(start: (data: ImportWorkerData, parent: ParentChannel) => void): void {
  const electronPort = (process as { parentPort?: ElectronParentPort }).parentPort
  if (electronPort) {
    electronPort.once('message', ({ data }) => {
      start((data as UtilityInit).data, {
        send: (message) => electronPort.postMessage(message),
        onMessage: (listener) => void electronPort.on('message', (event) => listener(event.data as ToImportWorker)),
      })
    })
    return
  }
  if (!parentPort) throw new Error('The import worker runs in a worker thread or a utility process, not on its own.')
  const port = parentPort
  start(workerData as ImportWorkerData, {
    send: (message) => port.postMessage(message),
    onMessage: (listener) => void port.on('message', listener),
  })
}
