// Community areas: find an area by name, variant or number, and mark the focus areas.
import './areas.css'
import { Search, Star } from 'lucide-react'
import { useEffect, useId, useRef, useState } from 'react'
import type { CommunityArea } from '../../../../shared/community-areas'
import { call, errorMessage } from '../../api/client'
import { useT } from '../../i18n/use-t'
import { useAreaListing } from './use-area-listing'

export function CommunityAreasScreen() {
  const t = useT()
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
        text: t(wanted ? 'areas.nowFocus' : 'areas.noLongerFocus', { name: saved.name }),
        isError: false,
      })
    } catch (error) {
      replaceArea(area)
      setSaveMessage({ text: t('areas.couldNotChange', { name: area.name, reason: errorMessage(error) }), isError: true })
    }
  }

  const listing = state.listing
  const areas = listing?.areas ?? []
  return (
    <section className="screen" aria-labelledby="areas-title">
      <header className="screen-header">
        <h1 id="areas-title">{t('shell.section.areas')}</h1>
        <p className="lede">{t('areas.lede')}</p>
      </header>

      <div className="toolbar">
        <div className="search-field">
          <label htmlFor={searchId}>{t('areas.search')}</label>
          <div className="input-with-icon">
            <Search aria-hidden="true" />
            <input
              id={searchId}
              ref={searchRef}
              type="search"
              value={query}
              maxLength={200}
              placeholder={t('areas.searchExample')}
              aria-keyshortcuts="/"
              onChange={(event) => setQuery(event.target.value)}
            />
          </div>
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={focusOnly} onChange={(event) => setFocusOnly(event.target.checked)} />
          {t('areas.focusOnly')}
        </label>
      </div>

      <p className="result-count" role="status" aria-live="polite">
        {listing ? t('areas.showing', { shown: areas.length, total: listing.totalCount, focus: listing.focusCount }) : t('common.loading')}
      </p>
      <p className={`save-message${saveMessage?.isError ? ' error' : ''}`} role="status" aria-live="polite">
        {saveMessage?.text ?? ''}
      </p>

      {state.error !== undefined && (
        <div className="inline-error" role="alert">
          <p>{state.error}</p>
          <button type="button" className="button" onClick={reload}>
            {t('areas.tryAgain')}
          </button>
        </div>
      )}

      {listing && areas.length === 0 && (
        <p className="empty">
          {query.trim() !== ''
            ? t('areas.noMatch', { query: query.trim() })
            : t('areas.noFocus')}
        </p>
      )}

      {areas.length > 0 && (
        <table className="data-table areas-table">
          <caption className="visually-hidden">{t('shell.section.areas')}</caption>
          <thead>
            <tr>
              <th scope="col" className="number-column">
                {t('areas.col.number')}
              </th>
              <th scope="col">{t('areas.col.area')}</th>
              <th scope="col">{t('areas.col.alsoCalled')}</th>
              <th scope="col" className="focus-column">
                {t('areas.col.focus')}
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
                    aria-label={t('areas.focusOf', { name: area.name })}
                    onClick={() => void toggleFocus(area)}
                  >
                    <Star aria-hidden="true" fill={area.isFocus ? 'currentColor' : 'none'} />
                    <span aria-hidden="true">{area.isFocus ? t('areas.col.focus') : t('areas.addToFocus')}</span>
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
