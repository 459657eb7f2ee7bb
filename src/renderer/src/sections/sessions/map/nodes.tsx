// How the map draws its nodes and links: one memoized component per kind of node, a link that
// shows its kind by its dashes and its end (and what it commits, close up), and the legend that
// explains both with the same lines.
// Zoomed out, nodes show their name alone, at a size still readable on the screen (node-text.ts),
// and then no text at all, as links do: nobody could read it then, and 1,000 nodes stay fast.
import { BaseEdge, getBezierPath, Handle, Position, useStore, type EdgeProps, type NodeProps, type ReactFlowState } from '@xyflow/react'
import { Building2, CircleAlert, CircleCheck, HandHelping } from 'lucide-react'
import { memo, type ReactNode } from 'react'
import { useT } from '../../../i18n/use-t'
import type { MapEdge, MapNode } from './model'
import { type MapEdgeKind, type MapNodeKind } from '../../../../../shared/session/graph'
import { showsText } from './node-text'
import { linkEndId, linkStroke, linkStyleOf, type LinkEnd } from './link-style'

/** Below this zoom, a link's words are too small to read: draw the line alone. */
const READABLE_ZOOM = 0.4
const readable = (state: ReactFlowState) => state.transform[2] >= READABLE_ZOOM
/** Whether nodes draw text; what text, and how large, the map's element says (NodeTextZoom). */
const nodeText = (state: ReactFlowState) => showsText(state.transform[2])

interface FrameProps {
  kind: MapNodeKind
  className: string
  icon: ReactNode
  tag: string
  label: string
  /** The label's language when it is the scenario's text, which keeps its own language. */
  lang?: string | undefined
  detail: string
  source: boolean
  target: boolean
}

function NodeFrame({ kind, className, icon, tag, label, lang, detail, source, target }: FrameProps) {
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
          <strong lang={lang}>{label}</strong>
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
      lang={data.lang}
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

const LinkEdge = memo(function LinkEdge({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected }: EdgeProps<MapEdge>) {
  const t = useT()
  const showText = useStore(readable)
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition })
  const label = showText && (selected || data?.commitment) ? [selected ? t('map.edge', { kind: data!.kind }) : '', data?.commitment].filter(Boolean).join(': ') : undefined
  const kind = data?.kind ?? 'provides'
  return (
    <BaseEdge
      path={path}
      className={`map-link link-${kind}`}
      {...linkStroke(kind)}
      {...(label ? { label, labelX, labelY, labelBgPadding: [6, 3] as [number, number], labelBgBorderRadius: 4, labelShowBg: true } : {})}
    />
  )
})

export const edgeTypes = { link: LinkEdge }

const LEGEND_ITEMS: readonly { kind: MapNodeKind; state: 'none' | 'gap' | 'covered'; Icon: typeof Building2 }[] = [
  { kind: 'organization', state: 'none', Icon: Building2 },
  { kind: 'resource', state: 'none', Icon: HandHelping },
  { kind: 'need', state: 'gap', Icon: CircleAlert },
  { kind: 'need', state: 'covered', Icon: CircleCheck },
]
const EDGE_KINDS: MapEdgeKind[] = ['provides', 'covers', 'leads', 'coordinates', 'refers']

/** Each end's shape in a 12-unit box, its tip at the right. */
const END_SHAPES: Record<LinkEnd, string> = {
  arrow: 'M0,1 L12,6 L0,11 Z',
  'open-arrow': 'M1,1 L11,6 L1,11',
  diamond: 'M0,6 L6,0.5 L12,6 L6,11.5 Z',
}

/**
 * How far short of the link's end each end's tip stops: half a handle, so the handle on the item's
 * edge does not hide it; the diamond further, because a need's covers and leads links meet at the
 * same point and both their ends must show there.
 */
const END_REF_X: Record<LinkEnd, number> = { arrow: 18, 'open-arrow': 18, diamond: 34 }

/** The ends of the links, once in the page for the map and its legend. */
export function LinkEnds() {
  return (
    <svg className="link-ends" width="0" height="0" aria-hidden>
      <defs>
        {EDGE_KINDS.map((kind) => {
          const end = linkStyleOf(kind).end
          if (!end) return null
          return (
            <marker key={kind} id={linkEndId(kind)} className={`link-end link-${kind}`} viewBox="0 0 12 12" markerWidth="12" markerHeight="12" markerUnits="userSpaceOnUse" refX={END_REF_X[end]} refY="6" orient="auto">
              <path d={END_SHAPES[end]} />
            </marker>
          )
        })}
      </defs>
    </svg>
  )
}

/** What the colours, shapes and lines of the map mean: the same lines and ends as the links. Closed at first where the map is small (the console), open where it is large. */
export function Legend({ open = true }: { open?: boolean }) {
  const t = useT()
  return (
    <details className="map-legend" open={open} aria-label={t('map.legend')}>
      <summary>{t('map.legend')}</summary>
      <div className="legend-lists">
      <ul>
        {/* Each kind by its outline and by the icon its items carry on the map: never colour alone. */}
        {LEGEND_ITEMS.map(({ kind, state, Icon }) => (
          <li key={`${kind}-${state}`}>
            <span className={`legend-swatch map-${kind}${state === 'none' ? '' : ` is-${state}`}`} aria-hidden />
            <Icon className="legend-icon" aria-hidden size={14} />
            {state === 'gap' ? t('map.legendNeedWithGap') : state === 'covered' ? t('map.legendNeedCovered') : t('map.kind', { kind })}
          </li>
        ))}
      </ul>
      <ul>
        {EDGE_KINDS.map((kind) => (
          <li key={kind}>
            {/* An arrow stops 6 short of the line's end (END_REF_X): at the box's edge, where the line is cut. */}
            <svg className="legend-line" width="56" height="14" aria-hidden>
              <line x1="2" y1="7" x2="62" y2="7" className={`map-link link-${kind}`} {...linkStroke(kind)} />
            </svg>
            {t('map.edge', { kind })}
          </li>
        ))}
      </ul>
      </div>
    </details>
  )
}
