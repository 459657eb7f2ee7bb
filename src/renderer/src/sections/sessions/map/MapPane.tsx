// The map in the middle of the console: Arrange, Focus on, the canvas itself, and what changed on
// it in words for screen readers.
import { LayoutGrid, LocateFixed, X } from 'lucide-react'
import { useId } from 'react'
import { useT } from '../../../i18n/use-t'
import { MapCanvas } from './MapCanvas'
import { useMapAnnouncements } from './use-map-announcements'
import type { SessionMapState } from './use-session-map'

export function MapPane({ map, readOnly }: { map: SessionMapState; readOnly: boolean }) {
  const t = useT()
  const focusSelect = useId()
  const said = useMapAnnouncements(map)
  return (
    <section className="session-map" aria-labelledby="map-title">
      <div className="map-toolbar" role="toolbar" aria-label={t('map.tools')}>
        <h2 id="map-title">{t('map.title')}</h2>
        <button type="button" className="button small" onClick={map.runLayout} disabled={map.arranging || readOnly}>
          <LayoutGrid aria-hidden size={18} /> {t(map.arranging ? 'map.arranging' : 'map.arrange')}
        </button>
        <label className="inline-check">
          <input type="checkbox" checked={map.arrangeAll} disabled={readOnly} onChange={(e) => map.setArrangeAll(e.target.checked)} /> {t('map.arrangeAll')}
        </label>
        <label htmlFor={focusSelect} className="focus-label">
          <LocateFixed aria-hidden size={18} /> {t('map.focusOn')}
        </label>
        <select id={focusSelect} className="focus-select" value={map.focusId ?? ''} onChange={(e) => map.setFocusId(e.target.value || undefined)}>
          <option value="">{t('map.everything')}</option>
          {map.nodes.map((n) => (
            <option key={n.id} value={n.id}>
              {n.ariaLabel}
            </option>
          ))}
        </select>
        {map.focusId && (
          <button type="button" className="button quiet small" onClick={() => map.setFocusId(undefined)}>
            <X aria-hidden size={16} /> {t('map.showEverything')}
          </button>
        )}
        {map.layoutError && (
          <p className="field-error" role="alert">
            {map.layoutError}
          </p>
        )}
      </div>
      {/* In the page from the start, so screen readers listen to it before the first change. */}
      <p className="visually-hidden" role="status" aria-label={t('map.says.region')}>
        {said}
      </p>
      <MapCanvas
        label={t('map.canvas')}
        nodes={map.nodes}
        edges={map.edges}
        readOnly={readOnly}
        legendOpen={false}
        fitRequest={map.arranged}
        focusId={map.focusId}
        onFocus={map.setFocusId}
        onConnect={(from, to) => map.connect(from, to)}
        onMove={map.move}
        onDropResource={map.dropResource}
        onSelectEdge={map.setSelectedEdgeId}
      />
    </section>
  )
}
