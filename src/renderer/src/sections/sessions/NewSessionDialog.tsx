// Plan a session: which scenario, where and when, who facilitates, and this run's places.
import { useEffect, useState } from 'react'
import type { Scenario } from '../../../../shared/scenario/schema'
import { areaNumberOf, withVariableLabels } from '../../../../shared/scenario/schema'
import type { ScenarioSummary } from '../../../../shared/scenario/library'
import type { SessionSummary } from '../../../../shared/session/model'
import { call, errorMessage, fieldIssuesOf } from '../../api/client'
import { useCommunityAreas } from '../../api/use-community-areas'
import { Dialog } from '../../components/Dialog'
import { DialogFooter } from '../../components/DialogFooter'
import { InlineError } from '../../components/InlineError'
import { AreaOptions } from '../../components/Options'
import { SelectField } from '../../components/SelectField'
import { TextField } from '../../components/TextField'
import { VariableFields } from '../../components/VariableFields'
import { useSay, useT } from '../../i18n/use-t'
import { appToday } from '../../lib/clock'

export function NewSessionDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (session: SessionSummary) => void }) {
  const t = useT()
  const say = useSay()
  const areas = useCommunityAreas()
  const [scenarios, setScenarios] = useState<ScenarioSummary[]>([])
  const [scenarioId, setScenarioId] = useState('')
  const [scenario, setScenario] = useState<Scenario | undefined>()
  const [loadedId, setLoadedId] = useState('')
  const [areaNumber, setAreaNumber] = useState('')
  const [date, setDate] = useState(appToday)
  const [place, setPlace] = useState('')
  const [facilitator, setFacilitator] = useState('')
  const [variables, setVariables] = useState<Record<string, string>>({})
  const [error, setError] = useState<string | undefined>()

  useEffect(() => {
    call('scenarios.list', {}).then(setScenarios, (e: unknown) => setError(errorMessage(e)))
  }, [])
  useEffect(() => {
    if (!scenarioId) return
    let live = true
    call('scenarios.get', { id: scenarioId }).then(({ scenario: loaded }) => {
      if (!live) return
      setScenario(loaded)
      setLoadedId(scenarioId)
      const first = loaded.overview.communityAreas[0]
      if (first !== undefined) setAreaNumber(String(areaNumberOf(first) ?? ''))
    }, (e: unknown) => live && setError(errorMessage(e)))
    return () => {
      live = false
    }
  }, [scenarioId])
  // Until the chosen scenario is read, its places and area are not known: planning waits for them.
  const loading = scenarioId !== loadedId

  async function create(): Promise<void> {
    if (!scenarioId || !areaNumber) {
      setError(t('newSession.missing'))
      return
    }
    try {
      onCreated(await call('sessions.create', { scenarioId, areaNumber: Number(areaNumber), date, place, facilitator, variables }))
    } catch (caught) {
      const issue = fieldIssuesOf(caught)?.[0]
      setError(issue ? say(issue) : errorMessage(caught))
    }
  }

  return (
    <Dialog
      title={t('newSession.title')}
      onClose={onClose}
      footer={<DialogFooter onCancel={onClose} confirm={{ label: t('newSession.plan'), disabled: loading, onClick: () => void create() }} />}
    >
      <div className="form-grid two">
        <SelectField label={t('newSession.scenario')} wide placeholder={t('newSession.choose')} value={scenarioId} options={scenarios.map((s) => [s.id, withVariableLabels(s.title, s.variables)])} onChange={setScenarioId} />
        <SelectField label={t('newSession.area')} placeholder={t('newSession.choose')} value={areaNumber} onChange={setAreaNumber}>
          <AreaOptions areas={areas} />
        </SelectField>
        <TextField label={t('newSession.date')} type="date" value={date} onChange={setDate} />
        <TextField label={t('newSession.place')} value={place} placeholder={t('newSession.placeHint')} onChange={setPlace} />
        <TextField label={t('newSession.facilitator')} value={facilitator} onChange={setFacilitator} />
        {scenario && (
          <VariableFields variables={scenario.variables} values={variables} onChange={(name, value) => setVariables((previous) => ({ ...previous, [name]: value }))} />
        )}
      </div>
      <InlineError error={error} />
    </Dialog>
  )
}
