// Plan a session: which scenario, where and when, who facilitates, and this run's places.
import { useEffect, useId, useState } from 'react'
import type { Scenario } from '../../../../shared/scenario/schema'
import { areaNumberOf } from '../../../../shared/scenario/schema'
import type { ScenarioSummary } from '../../../../shared/scenario/library'
import type { SessionSummary } from '../../../../shared/session/model'
import { ApiError, call, errorMessage } from '../../api/client'
import { useCommunityAreas } from '../../api/use-community-areas'
import { Dialog } from '../../components/Dialog'
import { AreaOptions } from '../../components/Options'
import { VariableFields } from '../../components/VariableFields'
import { appToday } from '../../lib/clock'

export function NewSessionDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (session: SessionSummary) => void }) {
  const areas = useCommunityAreas()
  const [scenarios, setScenarios] = useState<ScenarioSummary[]>([])
  const [scenarioId, setScenarioId] = useState('')
  const [scenario, setScenario] = useState<Scenario | undefined>()
  const [areaNumber, setAreaNumber] = useState('')
  const [date, setDate] = useState(appToday)
  const [place, setPlace] = useState('')
  const [facilitator, setFacilitator] = useState('')
  const [variables, setVariables] = useState<Record<string, string>>({})
  const [error, setError] = useState<string | undefined>()
  const ids = { scenario: useId(), area: useId(), date: useId(), place: useId(), facilitator: useId() }

  useEffect(() => {
    call('scenarios.list', {}).then(setScenarios, (e: unknown) => setError(errorMessage(e)))
  }, [])
  useEffect(() => {
    if (!scenarioId) return
    call('scenarios.get', { id: scenarioId }).then(({ scenario: loaded }) => {
      setScenario(loaded)
      const first = loaded.overview.communityAreas[0]
      if (first !== undefined) setAreaNumber(String(areaNumberOf(first) ?? ''))
    }, (e: unknown) => setError(errorMessage(e)))
  }, [scenarioId])

  async function create(): Promise<void> {
    if (!scenarioId || !areaNumber) {
      setError('Choose a scenario and a community area.')
      return
    }
    try {
      onCreated(await call('sessions.create', { scenarioId, areaNumber: Number(areaNumber), date, place, facilitator, variables }))
    } catch (caught) {
      const issues = caught instanceof ApiError ? (caught.details as { issues?: { message: string }[] } | undefined)?.issues : undefined
      setError(issues?.[0]?.message ?? errorMessage(caught))
    }
  }

  return (
    <Dialog
      title="New session"
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button primary" onClick={() => void create()}>
            Plan the session
          </button>
        </>
      }
    >
      <div className="form-grid two">
        <div className="field wide">
          <label htmlFor={ids.scenario}>Scenario</label>
          <select id={ids.scenario} value={scenarioId} onChange={(e) => setScenarioId(e.target.value)}>
            <option value="">Choose…</option>
            {scenarios.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.area}>Community area</label>
          <select id={ids.area} value={areaNumber} onChange={(e) => setAreaNumber(e.target.value)}>
            <option value="">Choose…</option>
            <AreaOptions areas={areas} />
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.date}>Date</label>
          <input id={ids.date} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={ids.place}>Place</label>
          <input id={ids.place} value={place} placeholder="Where the room meets" onChange={(e) => setPlace(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={ids.facilitator}>Facilitator</label>
          <input id={ids.facilitator} value={facilitator} onChange={(e) => setFacilitator(e.target.value)} />
        </div>
        {scenario && (
          <VariableFields variables={scenario.variables} values={variables} onChange={(name, value) => setVariables((previous) => ({ ...previous, [name]: value }))} />
        )}
      </div>
      {error && (
        <p className="inline-error" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  )
}
