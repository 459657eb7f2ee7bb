// The scenario library: find a case example by words, area, type or language, and read it.
import { Search } from 'lucide-react'
import { useEffect, useId, useMemo, useState } from 'react'
import type { ScenarioSummary } from '../../../../shared/scenario/library'
import { call, errorMessage } from '../../api/client'
import { useCommunityAreas } from '../../api/use-community-areas'
import { useHashDetail } from '../../use-hash-detail'
import { ScenarioView } from './ScenarioView'
import { LANGUAGE_LABELS, TYPE_LABELS } from './labels'
import { Text } from './Text'

export function ScenariosScreen() {
  const [openId, open] = useHashDetail('scenarios')
  if (openId) return <ScenarioView id={openId} onBack={() => open(undefined)} />
  return <ScenarioList onOpen={open} />
}

function ScenarioList({ onOpen }: { onOpen: (id: string) => void }) {
  const areas = useCommunityAreas()
  const areaNames = useMemo(() => new Map(areas.map((a) => [a.number, a.name])), [areas])
  const [query, setQuery] = useState('')
  const [area, setArea] = useState('')
  const [type, setType] = useState('')
  const [language, setLanguage] = useState('')
  const [result, setResult] = useState<{ items: ScenarioSummary[]; error?: string } | undefined>()
  const ids = { search: useId(), area: useId(), type: useId(), language: useId() }

  useEffect(() => {
    let live = true
    call('scenarios.list', {
      query,
      ...(area ? { areaNumber: Number(area) } : {}),
      ...(type ? { type: type as ScenarioSummary['type'] } : {}),
      ...(language ? { language: language as ScenarioSummary['language'] } : {}),
    }).then(
      (items) => live && setResult({ items }),
      (error: unknown) => live && setResult({ items: [], error: errorMessage(error) }),
    )
    return () => {
      live = false
    }
  }, [query, area, type, language])

  return (
    <section className="screen" aria-labelledby="scenarios-title">
      <header className="screen-header">
        <h1 id="scenarios-title">Scenarios</h1>
        <p className="lede">Case examples for tabletop exercises: what happens, module by module, and what the community will need.</p>
      </header>
      <div className="filters" role="search" aria-label="Filter the scenarios">
        <div className="filter search-filter">
          <label htmlFor={ids.search}>Search</label>
          <div className="input-with-icon">
            <Search aria-hidden="true" />
            <input id={ids.search} type="search" value={query} maxLength={200} placeholder="Title, place, anything in the text" onChange={(e) => setQuery(e.target.value)} />
          </div>
        </div>
        <div className="filter">
          <label htmlFor={ids.area}>Community area</label>
          <select id={ids.area} value={area} onChange={(e) => setArea(e.target.value)}>
            <option value="">Any area</option>
            {areas.map((a) => (
              <option key={a.number} value={a.number}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <div className="filter">
          <label htmlFor={ids.type}>Type</label>
          <select id={ids.type} value={type} onChange={(e) => setType(e.target.value)}>
            <option value="">Any type</option>
            {Object.entries(TYPE_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="filter">
          <label htmlFor={ids.language}>Language</label>
          <select id={ids.language} value={language} onChange={(e) => setLanguage(e.target.value)}>
            <option value="">Any language</option>
            {Object.entries(LANGUAGE_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="result-count" role="status" aria-live="polite">
        {result ? `${result.items.length} ${result.items.length === 1 ? 'scenario' : 'scenarios'}` : 'Loading…'}
      </p>
      {result?.error && (
        <p className="inline-error" role="alert">
          {result.error}
        </p>
      )}
      {result && result.items.length === 0 && !result.error && <p className="empty">No scenario matches. Clear a filter to see more.</p>}
      <ul className="scenario-cards">
        {result?.items.map((scenario) => (
          <li key={scenario.id}>
            <article className="scenario-card" lang={scenario.language}>
              <h2>
                <a
                  href={`#/scenarios/${scenario.id}`}
                  onClick={(event) => {
                    event.preventDefault()
                    onOpen(scenario.id)
                  }}
                >
                  <Text value={scenario.title} />
                </a>
              </h2>
              <p className="card-meta">
                {TYPE_LABELS[scenario.type]} · {scenario.areaNumbers.map((n) => areaNames.get(n) ?? n).join(', ')} · {LANGUAGE_LABELS[scenario.language]}
              </p>
              <p className="card-summary">
                <Text value={scenario.summary} />
              </p>
              <p className="card-meta">
                {scenario.moduleCount} modules · {scenario.injectCount} injects · {scenario.needCount} needs
              </p>
            </article>
          </li>
        ))}
      </ul>
    </section>
  )
}
