// How the map draws its nodes and links: one memoized component per kind of node, a link that
// shows its kind by line style (and what it commits, close up), and the legend that explains both.
// Zoomed out, nodes show their name alone, at a size still readable on the screen (node-text.ts),
// and then no text at all, as links do: nobody could read it then, and 1,000 nodes stay fast.
import { BaseEdge, getBezierPath, Handle, Position, useStore, type EdgeProps, type NodeProps, type ReactFlowState } from '@xyflow/react'
import { Building2, CircleAlert, CircleCheck, HandHelping } from 'lucide-react'
import { memo, type ReactNode } from 'react'
import { useT } from '../../../i18n/use-t'
import type { MapEdge, MapNode } from './model'
import { type MapEdgeKind, type MapNodeKind } from '../../../../../shared/session/graph'
import { showsText } from './node-text'

/** Below this zoom, a link's words are too small to read: draw the line alone. */
const READABLE_ZOOM = 0.4
const readable = (state: ReactFlowState) => state.transform[2] >= READABLE_ZOOM
/** Whether nodes draw text; what text, and how large, the map's element says (NodeTextZoom). */
const nodeText = (state: ReactFlowState) => showsText(state.transform[2])

function NodeFrame({ kind, className, icon, tag, label, detail, source, target }: { kind: MapNodeKind; className: string; icon: ReactNode; tag: string; label: string; detail: string; source: boolean; target: boolean }) {
  const showText = useStore(nodeText)
  return (
    <div className={`map-node map-${kind} ${className}`}>
      {target && <Handle type="target" position={Position.Left} />}
      {showText && (
        <>
          <span className="map-kind">
            {icon}
            {tag}
          </span>
          <strong>{label}</strong>
          {detail && <span className="map-detail">{detail}</span>}
        </>
      )}
      {source && <Handle type="source" position={Position.Right} />}
    </div>
  )
}

/** A node draws only its data: moving it (a new position) need not draw it again. */
const sameData = (a: NodeProps<MapNode>, b: NodeProps<MapNode>) => a.data === b.data

const NeedNode = memo(function NeedNode({ data }: NodeProps<MapNode>) {
  const t = useT()
  const covered = data.gap?.covered ?? false
  const reasons = data.gap?.reasons ?? 0
  return (
    <NodeFrame
      kind="need"
      className={covered ? 'is-covered' : 'is-gap'}
      icon={covered ? <CircleCheck aria-hidden size={16} /> : <CircleAlert aria-hidden size={16} />}
      tag={t('map.node.tag', { kind: 'need', state: covered ? 'covered' : 'gap', reasons })}
      label={data.label}
      detail={data.detail}
      source={false}
      target
    />
  )
}, sameData)

const OrganizationNode = memo(function OrganizationNode({ data }: NodeProps<MapNode>) {
  const t = useT()
  return <NodeFrame kind="organization" className="" icon={<Building2 aria-hidden size={16} />} tag={t('map.node.tag', { kind: 'organization', state: 'none', reasons: 0 })} label={data.label} detail={data.detail} source target />
}, sameData)

const ResourceNode = memo(function ResourceNode({ data }: NodeProps<MapNode>) {
  const t = useT()
  return (
    <NodeFrame
      kind="resource"
      className={data.inactive ? 'is-inactive' : ''}
      icon={<HandHelping aria-hidden size={16} />}
      tag={t('map.node.tag', { kind: 'resource', state: data.inactive ? 'inactive' : 'none', reasons: 0 })}
      label={data.label}
      detail={data.detail}
      source
      target
    />
  )
}, sameData)

/** At module scope, so React Flow never sees a new object (its performance guide). */
export const nodeTypes = { need: NeedNode, organization: OrganizationNode, resource: ResourceNode }

const LinkEdge = memo(function LinkEdge({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected, markerEnd }: EdgeProps<MapEdge>) {
  const t = useT()
  const showText = useStore(readable)
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition })
  const label = showText && (selected || data?.commitment) ? [selected ? t('map.edge', { kind: data!.kind }) : '', data?.commitment].filter(Boolean).join(': ') : undefined
  return (
    <BaseEdge
      path={path}
      className={`map-link link-${data?.kind ?? 'provides'}`}
      {...(markerEnd ? { markerEnd } : {})}
      {...(label ? { label, labelX, labelY, labelBgPadding: [6, 3] as [number, number], labelBgBorderRadius: 4, labelShowBg: true } : {})}
    />
  )
})

export const edgeTypes = { link: LinkEdge }

const NODE_KINDS: MapNodeKind[] = ['organization', 'resource', 'need']
const EDGE_KINDS: MapEdgeKind[] = ['provides', 'covers', 'leads', 'coordinates', 'refers']

/** What the colours, shapes and lines of the map mean. */
/** The legend; closed at first where the map is small (the console), open where it is large. */
export function Legend({ open = true }: { open?: boolean }) {
  const t = useT()
  return (
    <details className="map-legend" open={open} aria-label={t('map.legend')}>
      <summary>{t('map.legend')}</summary>
      <div className="legend-lists">
      <ul>
        {NODE_KINDS.map((kind) => (
          <li key={kind}>
            <span className={`legend-swatch map-${kind}`} aria-hidden />
            {t('map.kind', { kind })}
          </li>
        ))}
        <li>
          <span className="legend-swatch map-need is-gap" aria-hidden />
          {t('map.legendNeedWithGap')}
        </li>
        <li>
          <span className="legend-swatch map-need is-covered" aria-hidden />
          {t('map.legendNeedCovered')}
        </li>
      </ul>
      <ul>
        {EDGE_KINDS.map((kind) => (
          <li key={kind}>
            <svg className="legend-line" width="36" height="10" aria-hidden>
              <line x1="2" y1="5" x2="34" y2="5" className={`map-link link-${kind}`} />
            </svg>
            {t('map.edge', { kind })}
          </li>
        ))}
      </ul>
      </div>
    </details>
  )
}
