// The layout worker: runs ELK off the main thread and sends back only node positions.
import ELK from 'elkjs/lib/elk.bundled.js'
import { elkGraphOf, positionsOf, type LayoutRequest, type LayoutResult } from './layout'

const elk = new ELK()
const scope = self as unknown as { onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null; postMessage: (message: LayoutResult) => void }

// Set after ELK's module ran: in a worker it claims onmessage for itself.
scope.onmessage = (event) => {
  const request = event.data
  elk.layout(elkGraphOf(request)).then(
    (laidOut) => scope.postMessage({ id: request.id, positions: positionsOf(laidOut) }),
    (error: unknown) => scope.postMessage({ id: request.id, positions: {}, error: error instanceof Error ? error.message : String(error) }),
  )
}
