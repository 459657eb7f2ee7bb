// The map benchmark page (`npm run bench -- graph`): the real map canvas, map model and layout
// worker over a synthetic 1,000-node, 2,000-link exercise, with hooks for the runner to read
// frame times. Not linked from the app; built beside it so the benchmark runs the shipped code.
import '../zod-config'
import '@fontsource/atkinson-hyperlegible/400.css'
import '@fontsource/atkinson-hyperlegible/700.css'
import '../styles/app.css'
import '../sections/sessions/session-map.css'
import './graph-bench.css'
import type { ReactFlowInstance } from '@xyflow/react'
import { useMemo, useState } from 'react'
import { createRoot } from 'react-dom/client'
import { MapCanvas } from '../sections/sessions/map/MapCanvas'
import { arrangeMap, moveItems, type ActionContext } from '../../../shared/session/actions'
import { buildMapModel, type MapEdge, type MapNode } from '../sections/sessions/map/model'
import { layoutRequestOf } from '../sections/sessions/map/layout'
import { useAutoLayout } from '../sections/sessions/map/use-auto-layout'
import { SIZES, syntheticMap } from './synthetic-map'

/** The benchmark's changes need a time and ids, never read. */
const context: ActionContext = { now: new Date(0), newId: () => 'bench' }

interface Frames {
  /** Milliseconds between consecutive frames. */
  deltas: number[]
  /** Whether input (pointer or wheel) arrived before each frame. */
  withInput: boolean[]
  /** The main thread's work for each frame, in milliseconds. */
  work: number[]
  /** When each frame started (performance.now()). */
  stamps: number[]
}

export interface GraphBenchApi {
  sizes: typeof SIZES
  /** Time from navigation start to the first frame with every node and link drawn. */
  mounted: Promise<number>
  setViewport: (viewport: { x: number; y: number; zoom: number }) => void
  zoom: () => number
  startFrames: () => void
  stopFrames: () => Frames
  /**
   * Resolves when the next Arrange is on screen: when its positions came back from the worker and
   * when the first frame showing them was done (performance.now() times).
   */
  nextLayout: () => Promise<{ startedAt: number; positionsAt: number; shownAt: number }>
}

declare global {
  interface Window {
    graphBench: GraphBenchApi
  }
}

const input = syntheticMap()
let flow: ReactFlowInstance<MapNode, MapEdge> | undefined
let recording: { last: number; deltas: number[]; withInput: boolean[]; work: number[]; stamps: number[]; input: boolean } | undefined
let layoutDone: ((times: { startedAt: number; positionsAt: number; shownAt: number }) => void) | undefined

for (const type of ['pointermove', 'pointerdown', 'wheel']) {
  window.addEventListener(type, () => void (recording && (recording.input = true)), { capture: true, passive: true })
}
// The main thread's work for a frame: from the frame's start to the end of its rendering steps
// (input, script, style, layout, paint), which a message posted from requestAnimationFrame
// reaches only after. Unlike the interval between frames, it is not capped by the display rate.
const afterRendering = new MessageChannel()
let pendingStart: number | undefined
afterRendering.port1.onmessage = () => {
  if (recording && pendingStart !== undefined) recording.work.push(performance.now() - pendingStart)
  pendingStart = undefined
}
function frame(now: number) {
  if (recording) {
    recording.deltas.push(now - recording.last)
    recording.stamps.push(now)
    recording.withInput.push(recording.input)
    recording.last = now
    recording.input = false
    pendingStart = now
    afterRendering.port2.postMessage(null)
  }
  requestAnimationFrame(frame)
}
requestAnimationFrame(frame)

window.graphBench = {
  sizes: SIZES,
  mounted: new Promise((resolve) => {
    const check = () => {
      const drawn = document.querySelectorAll('.react-flow__node').length === SIZES.organizations + SIZES.resources + SIZES.needs && document.querySelectorAll('.react-flow__edge').length === SIZES.edges
      if (drawn) requestAnimationFrame(() => resolve(performance.now()))
      else requestAnimationFrame(check)
    }
    requestAnimationFrame(check)
  }),
  setViewport: (viewport) => void flow?.setViewport(viewport),
  zoom: () => flow?.getZoom() ?? 0,
  startFrames: () => {
    recording = { last: performance.now(), deltas: [], withInput: [], work: [], stamps: [], input: false }
  },
  stopFrames: () => {
    const frames = { deltas: recording?.deltas ?? [], withInput: recording?.withInput ?? [], work: recording?.work ?? [], stamps: recording?.stamps ?? [] }
    recording = undefined
    return frames
  },
  nextLayout: () => new Promise((resolve) => (layoutDone = resolve)),
}

function BenchMap() {
  const [document, setDocument] = useState(input.document)
  const model = useMemo(
    () => buildMapModel({ scenario: input.scenario, variables: {}, participants: input.participants, document, areaNumber: 26, services: input.services, today: '2026-11-23' }),
    [document],
  )
  const { arrange, arranging } = useAutoLayout()
  const runLayout = () => {
    const started = performance.now()
    arrange(layoutRequestOf(model.nodes, model.edges)).then((positions) => {
      const positionsAt = performance.now()
      setDocument((current) => arrangeMap(current, { moves: Object.entries(positions).map(([id, p]) => ({ id, ...p })), includeMovedByHand: true }, context)?.document ?? current)
      requestAnimationFrame(() => requestAnimationFrame(() => layoutDone?.({ startedAt: started, positionsAt, shownAt: performance.now() })))
    })
  }
  return (
    <main className="graph-bench">
      <button type="button" className="button" onClick={runLayout} disabled={arranging}>
        Arrange
      </button>
      <MapCanvas
        label="Benchmark map"
        nodes={model.nodes}
        edges={model.edges}
        onReady={(instance) => (flow = instance)}
        onMove={(moves) => setDocument((current) => moveItems(current, { moves, firstName: '' }, context)?.document ?? current)}
      />
    </main>
  )
}

createRoot(window.document.getElementById('root')!).render(<BenchMap />)
