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

// Warm up: a small layout at start compiles ELK's hot paths before the first real one.
void elk.layout(
  elkGraphOf({
    id: 0,
    nodes: Array.from({ length: 60 }, (_, i) => ({ id: `${['organization', 'resource', 'need'][i % 3]}:${i}`, kind: (['organization', 'resource', 'need'] as const)[i % 3]!, width: 240, height: 96 })),
    edges: Array.from({ length: 120 }, (_, i) => ({ id: `w${i}`, source: `organization:${(i * 3) % 60}`, target: `${i % 2 ? 'resource' : 'need'}:${((i * 7) % 20) * 3 + (i % 2 ? 1 : 2)}` })),
  }),
).catch(() => undefined)
