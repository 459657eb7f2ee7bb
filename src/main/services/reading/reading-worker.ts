// The reading worker: one picked file (or a few) read, parsed and checked off the main thread,
// answered once, then ended by the main side. See file-reader.ts.
import { parentPort } from 'node:worker_threads'
import { AppError, errorData } from '../../../shared/errors'
import type { ReadingReply, ReadingRequest } from './reading-protocol'
import { runReadingTask } from './reading-tasks'

const port = parentPort!
port.once('message', (request: ReadingRequest) => {
  let reply: ReadingReply
  try {
    reply = { ok: true, value: runReadingTask(request.kind, request.input) }
  } catch (error) {
    if (!(error instanceof AppError)) console.error('[roundtable] reading a file failed:', error)
    reply = { ok: false, error: error instanceof AppError ? error.toData() : errorData('INTERNAL', 'error.internal') }
  }
  port.postMessage(reply)
})
