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

// Warm up: a mid-sized layout soon after the map opens, so ELK's hot paths are compiled (V8 does
// that on background threads) before the first real Arrange rather than during it.
const WARM_UP_NODES = 240
const kinds = ['organization', 'resource', 'need'] as const
void elk
  .layout(
    elkGraphOf({
      id: 0,
      nodes: Array.from({ length: WARM_UP_NODES }, (_, i) => ({ id: `${kinds[i % 3]}:${i}`, kind: kinds[i % 3]!, width: 240, height: 96 })),
      edges: Array.from({ length: WARM_UP_NODES * 2 }, (_, i) => {
        const from = (i * 3) % WARM_UP_NODES
        const organization = from - (from % 3)
        return i % 2 ? { id: `w${i}`, source: `organization:${organization}`, target: `resource:${(organization + 3 * (i % 7) + 1) % WARM_UP_NODES}` } : { id: `w${i}`, source: `resource:${organization + 1}`, target: `need:${(organization + 3 * (i % 5) + 2) % WARM_UP_NODES}` }
      }),
    }),
  )
  .catch(() => undefined)
