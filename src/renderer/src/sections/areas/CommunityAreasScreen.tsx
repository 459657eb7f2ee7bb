// Community areas: find an area by name, variant or number, and mark the focus areas.
import './areas.css'
import { Search, Star } from 'lucide-react'
import { useEffect, useId, useRef, useState } from 'react'
import type { CommunityArea } from '../../../../shared/community-areas'
import { call, errorMessage } from '../../api/client'
import { useAreaListing } from './use-area-listing'

export function CommunityAreasScreen() {
  const [query, setQuery] = useState('')
  const [focusOnly, setFocusOnly] = useState(false)
  const { state, reload, replaceArea } = useAreaListing(query, focusOnly)
  const [saveMessage, setSaveMessage] = useState<{ text: string; isError: boolean } | undefined>()
  const searchRef = useRef<HTMLInputElement>(null)
  const searchId = useId()
  useSlashFocuses(searchRef)

  async function toggleFocus(area: CommunityArea): Promise<void> {
    const wanted = !area.isFocus
    replaceArea({ ...area, isFocus: wanted })
    try {
      const saved = await call('areas.setFocus', { number: area.number, isFocus: wanted })
      replaceArea(saved)
      setSaveMessage({
        text: wanted ? `${saved.name} is now a focus area.` : `${saved.name} is no longer a focus area.`,
        isError: false,
      })
    } catch (error) {
      replaceArea(area)
      setSaveMessage({ text: `Could not change ${area.name}: ${errorMessage(error)}`, isError: true })
    }
  }

  const listing = state.listing
  const areas = listing?.areas ?? []
  return (
    <section className="screen" aria-labelledby="areas-title">
      <header className="screen-header">
        <h1 id="areas-title">Community areas</h1>
        <p className="lede">
          Chicago&rsquo;s 77 community areas. Star the focus areas your exercises and town halls center on.
        </p>
      </header>

      <div className="toolbar">
        <div className="search-field">
          <label htmlFor={searchId}>Search by name or number</label>
          <div className="input-with-icon">
            <Search aria-hidden="true" />
            <input
              id={searchId}
              ref={searchRef}
              type="search"
              value={query}
              maxLength={200}
              placeholder="e.g. Little Village, Englewood, 26"
              aria-keyshortcuts="/"
              onChange={(event) => setQuery(event.target.value)}
            />
          </div>
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={focusOnly} onChange={(event) => setFocusOnly(event.target.checked)} />
          Focus areas only
        </label>
      </div>

      <p className="result-count" role="status" aria-live="polite">
        {listing ? `Showing ${areas.length} of ${listing.totalCount} · ${listing.focusCount} focus areas` : 'Loading…'}
      </p>
      <p className={`save-message${saveMessage?.isError ? ' error' : ''}`} role="status" aria-live="polite">
        {saveMessage?.text ?? ''}
      </p>

      {state.error !== undefined && (
        <div className="inline-error" role="alert">
          <p>{state.error}</p>
          <button type="button" className="button" onClick={reload}>
            Try again
          </button>
        </div>
      )}

      {listing && areas.length === 0 && (
        <p className="empty">
          {query.trim() !== ''
            ? `No community area matches “${query.trim()}”. Try a name such as Englewood, a variant such as Little Village, or a number from 1 to 77.`
            : 'No focus areas yet. Star an area to add it.'}
        </p>
      )}

      {areas.length > 0 && (
        <table className="data-table areas-table">
          <caption className="visually-hidden">Community areas</caption>
          <thead>
            <tr>
              <th scope="col" className="number-column">
                No.
              </th>
              <th scope="col">Community area</th>
              <th scope="col">Also called</th>
              <th scope="col" className="focus-column">
                Focus area
              </th>
            </tr>
          </thead>
          <tbody>
            {areas.map((area) => (
              <tr key={area.id} className={area.isFocus ? 'is-focus' : undefined}>
                <td className="number-column">{area.number}</td>
                <th scope="row">{area.name}</th>
                <td className="muted">{area.alsoCalled.join(', ')}</td>
                <td className="focus-column">
                  <button
                    type="button"
                    className={`focus-toggle${area.isFocus ? ' on' : ''}`}
                    aria-pressed={area.isFocus}
                    aria-label={`Focus area: ${area.name}`}
                    onClick={() => void toggleFocus(area)}
                  >
                    <Star aria-hidden="true" fill={area.isFocus ? 'currentColor' : 'none'} />
                    <span aria-hidden="true">{area.isFocus ? 'Focus area' : 'Add to focus'}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}

/** "/" puts the cursor in the search box, unless the facilitator is already typing somewhere. */
function useSlashFocuses(ref: React.RefObject<HTMLInputElement | null>): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return
      const target = event.target as HTMLElement | null
      if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return
      event.preventDefault()
      ref.current?.focus()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [ref])
}
