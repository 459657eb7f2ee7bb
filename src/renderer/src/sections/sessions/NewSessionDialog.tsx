// Plan a session: which scenario, where and when, who facilitates, and this run's places.
import { useEffect, useState } from 'react'
import type { Scenario } from '../../../../shared/scenario/schema'
import { areaNumberOf } from '../../../../shared/scenario/schema'
import type { ScenarioSummary } from '../../../../shared/scenario/library'
import type { SessionSummary } from '../../../../shared/session/model'
import { ApiError, call, errorMessage } from '../../api/client'
import { useCommunityAreas } from '../../api/use-community-areas'
import { Dialog } from '../../components/Dialog'
import { DialogFooter } from '../../components/DialogFooter'
import { AreaOptions } from '../../components/Options'
import { SelectField } from '../../components/SelectField'
import { TextField } from '../../components/TextField'
import { VariableFields } from '../../components/VariableFields'

export function NewSessionDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (session: SessionSummary) => void }) {
  const areas = useCommunityAreas()
  const [scenarios, setScenarios] = useState<ScenarioSummary[]>([])
  const [scenarioId, setScenarioId] = useState('')
  const [scenario, setScenario] = useState<Scenario | undefined>()
  const [areaNumber, setAreaNumber] = useState('')
  const [date, setDate] = useState(() => new Date().toISOString().slice(0, 10))
  const [place, setPlace] = useState('')
  const [facilitator, setFacilitator] = useState('')
  const [variables, setVariables] = useState<Record<string, string>>({})
  const [error, setError] = useState<string | undefined>()

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
    <Dialog title="New session" onClose={onClose} footer={<DialogFooter onCancel={onClose} confirm={{ label: 'Plan the session', onClick: () => void create() }} />}>
      <div className="form-grid two">
        <SelectField label="Scenario" wide placeholder="Choose…" value={scenarioId} options={scenarios.map((s) => [s.id, s.title])} onChange={setScenarioId} />
        <SelectField label="Community area" placeholder="Choose…" value={areaNumber} onChange={setAreaNumber}>
          <AreaOptions areas={areas} />
        </SelectField>
        <TextField label="Date" type="date" value={date} onChange={setDate} />
        <TextField label="Place" value={place} placeholder="Where the room meets" onChange={setPlace} />
        <TextField label="Facilitator" value={facilitator} onChange={setFacilitator} />
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
