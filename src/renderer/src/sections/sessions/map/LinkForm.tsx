// Linking without a mouse: choose two items on the map; the kind of link follows from theirs
// (two organizations may coordinate or refer).
import { useId, useState } from 'react'
import { EDGE_LABELS, KIND_LABELS } from './model'
import { edgeKindsFor, kindOfNodeId, type MapEdgeKind } from '../../../../../shared/session/graph'

export function LinkForm({ nodes, onLink }: { nodes: { id: string; label: string }[]; onLink: (from: string, to: string, kind: MapEdgeKind) => void }) {
  const [from, setFrom] = useState('')
  const [to, setTo] = useState('')
  const [chosen, setChosen] = useState<MapEdgeKind | ''>('')
  const ids = { from: useId(), to: useId(), kind: useId() }
  const kinds = from && to && from !== to ? edgeKindsFor(kindOfNodeId(from), kindOfNodeId(to)) : []
  const kind = chosen && kinds.includes(chosen) ? chosen : kinds[0]
  return (
    <form
      className="link-form"
      aria-label="Link two items"
      onSubmit={(event) => {
        event.preventDefault()
        if (kind) onLink(from, to, kind)
      }}
    >
      <h3>Link</h3>
      <label htmlFor={ids.from}>From</label>
      <select id={ids.from} value={from} onChange={(e) => setFrom(e.target.value)}>
        <option value="">Choose…</option>
        {nodes
          .filter((n) => kindOfNodeId(n.id) !== 'need')
          .map((n) => (
            <option key={n.id} value={n.id}>
              {KIND_LABELS[kindOfNodeId(n.id)]}: {n.label}
            </option>
          ))}
      </select>
      <label htmlFor={ids.to}>To</label>
      <select id={ids.to} value={to} onChange={(e) => setTo(e.target.value)}>
        <option value="">Choose…</option>
        {nodes.map((n) => (
          <option key={n.id} value={n.id}>
            {KIND_LABELS[kindOfNodeId(n.id)]}: {n.label}
          </option>
        ))}
      </select>
      {kinds.length > 1 && (
        <>
          <label htmlFor={ids.kind}>How</label>
          <select id={ids.kind} value={kind} onChange={(e) => setChosen(e.target.value as MapEdgeKind)}>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {EDGE_LABELS[k]}
              </option>
            ))}
          </select>
        </>
      )}
      <p className="hint">
        {from && to ? (kind ? `This link: ${EDGE_LABELS[kind]}.` : 'These two cannot be linked.') : 'Organization → resource: provides; resource → need: covers; organization → need: leads; organization → organization: coordinates with or refers to.'}
      </p>
      <button type="submit" className="button" disabled={!kind}>
        Link
      </button>
    </form>
  )
}
