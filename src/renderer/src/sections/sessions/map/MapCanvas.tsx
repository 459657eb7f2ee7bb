// The map canvas: React Flow over the map model, for the console (editable) and the projector
// (read-only). Nodes keep their object while unchanged, have a known size (so culling works from
// the first frame) and show only their name, kept readable, when zoomed out; a drag is saved once,
// when it ends.
import '@xyflow/react/dist/style.css'
import {
  applyEdgeChanges,
  applyNodeChanges,
  Background,
  ControlButton,
  Controls,
  MiniMap,
  Panel,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  type Connection,
  type EdgeChange,
  type FitViewOptions,
  type NodeChange,
  type ReactFlowInstance,
} from '@xyflow/react'
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type DragEvent, type KeyboardEvent } from 'react'
import { Map as MapIcon } from 'lucide-react'
import { useT, type Translate } from '../../../i18n/use-t'
import { edgeTypes, Legend, LinkEnds, nodeTypes } from './nodes'
import { NodeTextZoom } from './NodeTextZoom'
import { extentKey, keepUnchanged, neighbourhoodOf, sameEdge, sameNode, type MapEdge, type MapNode } from './model'

/** Up to this many nodes, the map fits itself to show new ones. */
const AUTO_FIT_LIMIT = 150

/** What a resource dragged from the side panel carries. */
export const RESOURCE_DRAG_TYPE = 'application/x-roundtable-resource'

export interface NodeMove {
  id: string
  x: number
  y: number
}

export interface MapCanvasProps {
  nodes: MapNode[]
  edges: MapEdge[]
  label: string
  readOnly?: boolean
  /**
   * Where the legend is: on the map, open or closed (the console's smaller map starts with it
   * closed), or nowhere on it — the projector shows it beside the map, where it covers nothing.
   */
  legendOpen?: boolean | 'outside'
  /** How far fitting may zoom in: further on the projector, where the map has the room. */
  fitMaxZoom?: number
  /** The size of an item's name on the map, in map pixels: larger on the projector. */
  nameSize?: number
  /** Fits the whole map into view each time this changes (after Arrange). */
  fitRequest?: number
  /** Shows only this node and what is linked to it; the rest dims. */
  focusId?: string | undefined
  onFocus?: (nodeId: string | undefined) => void
  onConnect?: (source: string, target: string) => void
  /** Positions that changed, once a drag or a keyboard move ends. */
  onMove?: (moves: NodeMove[]) => void
  onDropResource?: (serviceId: string, position: { x: number; y: number }) => void
  onSelectEdge?: (edgeId: string | undefined) => void
  /** The React Flow instance, once the map is ready (the benchmark drives the viewport with it). */
  onReady?: (flow: ReactFlowInstance<MapNode, MapEdge>) => void
}

export function MapCanvas(props: MapCanvasProps) {
  return (
    <ReactFlowProvider>
      <Canvas {...props} />
    </ReactFlowProvider>
  )
}

const PRO_OPTIONS = { hideAttribution: true }

/** React Flow's own words for screen readers, in the app's language (one object per language, so the map does not re-render). */
function useAriaLabels(t: Translate): Record<string, string> {
  return useMemo(
    () => ({
      'node.a11yDescription.default': t('map.aria.node'),
      'node.a11yDescription.keyboardDisabled': t('map.aria.nodeReadOnly'),
      'edge.a11yDescription.default': t('map.aria.edge'),
      'minimap.ariaLabel': t('map.aria.minimap'),
      'controls.ariaLabel': t('map.aria.controls'),
    }),
    [t],
  )
}

function Canvas({ nodes, edges, label, readOnly = false, legendOpen = true, fitMaxZoom = 1, nameSize = 15, fitRequest = 0, focusId, onFocus, onConnect, onMove, onDropResource, onSelectEdge, onReady }: MapCanvasProps) {
  const t = useT()
  const ariaLabels = useAriaLabels(t)
  const flow = useReactFlow<MapNode, MapEdge>()
  // While the view pans or zooms, the viewport is its own compositor layer and the nodes and
  // links take no pointer hits: moving the view then costs no repaint of 1,000 nodes. Set on the
  // element directly, so a pan never re-renders React; removed at the end so text re-rasters crisp.
  const canvas = useRef<HTMLDivElement>(null)
  const setMoving = useCallback((moving: boolean, event?: MouseEvent | TouchEvent | null) => {
    canvas.current?.classList.toggle('is-moving', moving)
    // A layer only for panning: zooming a layer would show its old raster, blurred, until the end.
    canvas.current?.classList.toggle('is-panning', moving && event?.type !== 'wheel')
  }, [])
  // Every handler given to React Flow keeps its identity across renders (a new one would re-render
  // all 1,000 nodes); they read the latest props from here.
  const latest = useRef({ nodes, onMove, onSelectEdge, onFocus, onConnect, onReady })
  useLayoutEffect(() => {
    latest.current = { nodes, onMove, onSelectEdge, onFocus, onConnect, onReady }
  })
  // The overview (minimap) is shown on request; fitting leaves room for it and for the zoom
  // controls and the legend's corner, so none of them ever lies on an item.
  const [overview, setOverview] = useState(false)
  const fitViewOptions = useMemo(() => ({ maxZoom: fitMaxZoom, padding: fitPadding(readOnly, overview) }), [fitMaxZoom, readOnly, overview])
  const focusedNodes = useMemo(() => withFocus(nodes, edges, focusId), [nodes, edges, focusId])
  const focusedEdges = useMemo(() => withFocusEdges(edges, focusId), [edges, focusId])
  const [shownNodes, setShownNodes] = useControlledCopy(focusedNodes, sameNode)
  const [shownEdges, setShownEdges] = useControlledCopy(focusedEdges, sameEdge)

  useEffect(() => {
    if (!focusId) return
    const around = neighbourhoodOf(focusId, edges)
    void flow.fitView({ nodes: [...around].map((id) => ({ id })), duration: 300, maxZoom: 1.2 })
    // Fit only when the focus changes, not on every edit.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusId])

  // New items (a module's needs, a resource) come into view: the map fits again when they appear,
  // as long as the map is small enough that fitting keeps it readable.
  const nodeCount = nodes.length
  const seenCount = useRef(nodeCount)
  useEffect(() => {
    if (nodeCount > seenCount.current && nodeCount <= AUTO_FIT_LIMIT && !focusId) void flow.fitView({ ...fitViewOptions, duration: 300 })
    seenCount.current = nodeCount
    // Only the count matters here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [nodeCount])

  // After Arrange the whole map comes into view, once the arranged positions are drawn.
  useEffect(() => {
    if (fitRequest === 0) return
    const frame = requestAnimationFrame(() => void flow.fitView({ ...fitViewOptions, duration: 300 }))
    return () => cancelAnimationFrame(frame)
    // Fit when asked, not on every change of the zoom limit.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fitRequest])

  // On the projector nobody pans: the map fits its window whenever the window changes size, and
  // whenever the items take up another box (the console arranged them), so its names stay as large
  // as the window allows.
  useEffect(() => {
    const element = canvas.current
    if (!readOnly || !element) return
    const observer = new ResizeObserver(() => void flow.fitView(fitViewOptions))
    observer.observe(element)
    return () => observer.disconnect()
  }, [readOnly, flow, fitViewOptions])
  const extent = readOnly ? extentKey(nodes) : ''
  const seenExtent = useRef(extent)
  useEffect(() => {
    if (extent !== seenExtent.current && extent !== '') void flow.fitView({ ...fitViewOptions, duration: 300 })
    seenExtent.current = extent
    // Fit when the box changes, not on every change of the options (the observer above sees those).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [extent])

  const onNodesChange = useCallback(
    (changes: NodeChange<MapNode>[]) => {
      setShownNodes((current) => applyNodeChanges(changes, current))
      const moved: NodeMove[] = []
      for (const change of changes) {
        if (change.type !== 'position' || change.dragging !== false || !change.position) continue
        const before = latest.current.nodes.find((n) => n.id === change.id)
        if (before && (before.position.x !== change.position.x || before.position.y !== change.position.y)) {
          moved.push({ id: change.id, x: Math.round(change.position.x), y: Math.round(change.position.y) })
        }
      }
      if (moved.length > 0) latest.current.onMove?.(moved)
    },
    [setShownNodes],
  )
  const onEdgesChange = useCallback(
    (changes: EdgeChange<MapEdge>[]) => {
      setShownEdges((current) => applyEdgeChanges(changes, current))
      for (const change of changes) if (change.type === 'select') latest.current.onSelectEdge?.(change.selected ? change.id : undefined)
    },
    [setShownEdges],
  )
  const handlers = useMemo(
    () => ({
      onConnect: (connection: Connection) => connection.source && connection.target && latest.current.onConnect?.(connection.source, connection.target),
      onNodeDoubleClick: (_event: unknown, node: MapNode) => latest.current.onFocus?.(node.id),
      onPaneClick: () => latest.current.onSelectEdge?.(undefined),
      onInit: (instance: ReactFlowInstance<MapNode, MapEdge>) => latest.current.onReady?.(instance),
      onMoveStart: (event: MouseEvent | TouchEvent | null) => setMoving(true, event),
      onMoveEnd: () => setMoving(false),
    }),
    [setMoving],
  )
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && focusId) onFocus?.(undefined)
    if ((event.key === 'f' || event.key === 'F') && !event.ctrlKey && !event.metaKey && !event.altKey) {
      const nodeId = (event.target as HTMLElement).closest('.react-flow__node')?.getAttribute('data-id')
      if (nodeId) onFocus?.(nodeId)
    }
  }
  const onDragOver = (event: DragEvent) => {
    if (!onDropResource || !event.dataTransfer.types.includes(RESOURCE_DRAG_TYPE)) return
    event.preventDefault()
    event.dataTransfer.dropEffect = 'copy'
  }
  const onDrop = (event: DragEvent) => {
    const serviceId = event.dataTransfer.getData(RESOURCE_DRAG_TYPE)
    if (!onDropResource || !serviceId) return
    event.preventDefault()
    const at = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY })
    onDropResource(serviceId, { x: Math.round(at.x), y: Math.round(at.y) })
  }

  return (
    <div className="map-canvas" ref={canvas} onKeyDown={onKeyDown} onDragOver={onDragOver} onDrop={onDrop}>
      <LinkEnds />
      <ReactFlow<MapNode, MapEdge>
        aria-label={label}
        nodes={shownNodes}
        edges={shownEdges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={handlers.onConnect}
        onNodeDoubleClick={handlers.onNodeDoubleClick}
        onPaneClick={handlers.onPaneClick}
        onInit={handlers.onInit}
        onMoveStart={handlers.onMoveStart}
        onMoveEnd={handlers.onMoveEnd}
        ariaLabelConfig={ariaLabels}
        onlyRenderVisibleElements
        fitView
        fitViewOptions={fitViewOptions}
        minZoom={0.05}
        maxZoom={2}
        zoomOnDoubleClick={false}
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        elementsSelectable={!readOnly}
        nodesFocusable
        edgesFocusable={!readOnly}
        deleteKeyCode={null}
        proOptions={PRO_OPTIONS}
      >
        <Background gap={24} />
        <NodeTextZoom target={canvas} nameSize={nameSize} />
        {!readOnly && overview && <MiniMap<MapNode> pannable zoomable nodeColor={minimapColor} nodeStrokeWidth={0} style={{ width: 150, height: 100 }} />}
        <Controls showInteractive={false}>
          {!readOnly && (
            <ControlButton onClick={() => setOverview((shown) => !shown)} aria-pressed={overview} aria-label={t('map.overview')} title={t('map.overview')}>
              <MapIcon aria-hidden="true" />
            </ControlButton>
          )}
        </Controls>
        {legendOpen !== 'outside' && (
          <Panel position="top-left">
            <Legend open={legendOpen} />
          </Panel>
        )}
      </ReactFlow>
    </div>
  )
}

/** The palette's colours (the minimap sets them as inline style, so custom properties follow the theme). */
function minimapColor(node: MapNode): string {
  if (node.type === 'organization') return 'var(--map-organization)'
  if (node.type === 'resource') return 'var(--map-resource)'
  return node.data.gap?.covered ? 'var(--map-covered)' : 'var(--danger)'
}

function withFocus(nodes: MapNode[], edges: MapEdge[], focusId: string | undefined): MapNode[] {
  if (!focusId) return nodes
  const around = neighbourhoodOf(focusId, edges)
  return nodes.map((node) => (around.has(node.id) ? node : { ...node, className: 'is-dimmed' }))
}

function withFocusEdges(edges: MapEdge[], focusId: string | undefined): MapEdge[] {
  if (!focusId) return edges
  return edges.map((edge) => (edge.source === focusId || edge.target === focusId ? edge : { ...edge, className: 'is-dimmed' }))
}

/**
 * React Flow's own copy of the nodes (or edges): follows `derived` when it changes, keeping the
 * object of every unchanged item and what React Flow added to it (selection, measured size),
 * and takes React Flow's changes (drag in progress, selection) in between.
 */
function useControlledCopy<T extends { id: string; selected?: boolean; className?: string }>(derived: T[], same: (a: T, b: T) => boolean) {
  const [source, setSource] = useState(derived)
  const [items, setItems] = useState(derived)
  if (source !== derived) {
    setSource(derived)
    setItems((previous) => keepUnchanged(new Map(previous.map((item) => [item.id, item])), derived, same))
  }
  return [items, setItems] as const
}

/** Room kept clear when fitting: the legend's corner, the zoom controls and, when shown, the overview. */
function fitPadding(readOnly: boolean, overview: boolean): NonNullable<FitViewOptions['padding']> {
  if (readOnly) return { top: '16px', right: '16px', bottom: '16px', left: '56px' }
  return { top: '48px', right: overview ? '170px' : '24px', bottom: '24px', left: '56px' }
}
