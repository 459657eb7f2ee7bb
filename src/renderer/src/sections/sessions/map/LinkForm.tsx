// Linking without a mouse: choose two items on the map; the kind of link follows from theirs
// (two organizations may coordinate or refer).
import { useId, useState } from 'react'
import { useT } from '../../../i18n/use-t'
import { edgeKindsFor, kindOfNodeId, type MapEdgeKind } from '../../../../../shared/session/graph'

export function LinkForm({ nodes, onLink }: { nodes: { id: string; label: string }[]; onLink: (from: string, to: string, kind: MapEdgeKind) => void }) {
  const t = useT()
  const [from, setFrom] = useState('')
  const [to, setTo] = useState('')
  const [chosen, setChosen] = useState<MapEdgeKind | ''>('')
  const ids = { from: useId(), to: useId(), kind: useId() }
  const kinds = from && to && from !== to ? edgeKindsFor(kindOfNodeId(from), kindOfNodeId(to)) : []
  const kind = chosen && kinds.includes(chosen) ? chosen : kinds[0]
  return (
    <form
      className="link-form"
      aria-label={t('map.linkForm.label')}
      onSubmit={(event) => {
        event.preventDefault()
        if (kind) onLink(from, to, kind)
      }}
    >
      <h3>{t('map.linkForm.heading')}</h3>
      <label htmlFor={ids.from}>{t('map.linkForm.from')}</label>
      <select id={ids.from} value={from} onChange={(e) => setFrom(e.target.value)}>
        <option value="">{t('common.choose')}</option>
        {nodes
          .filter((n) => kindOfNodeId(n.id) !== 'need')
          .map((n) => (
            <option key={n.id} value={n.id}>
              {t('map.item', { kind: kindOfNodeId(n.id), label: n.label })}
            </option>
          ))}
      </select>
      <label htmlFor={ids.to}>{t('map.linkForm.to')}</label>
      <select id={ids.to} value={to} onChange={(e) => setTo(e.target.value)}>
        <option value="">{t('common.choose')}</option>
        {nodes.map((n) => (
          <option key={n.id} value={n.id}>
            {t('map.item', { kind: kindOfNodeId(n.id), label: n.label })}
          </option>
        ))}
      </select>
      {kinds.length > 1 && (
        <>
          <label htmlFor={ids.kind}>{t('map.linkForm.how')}</label>
          <select id={ids.kind} value={kind} onChange={(e) => setChosen(e.target.value as MapEdgeKind)}>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {t('map.edge', { kind: k })}
              </option>
            ))}
          </select>
        </>
      )}
      <p className="hint">
        {from && to ? (kind ? t('map.linkForm.thisLink', { kind }) : t('map.linkForm.cannot')) : t('map.linkForm.hint')}
      </p>
      <button type="submit" className="button" disabled={!kind}>
        {t('map.linkForm.submit')}
      </button>
    </form>
  )
}
