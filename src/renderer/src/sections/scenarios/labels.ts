// Words for the scenario format's codes (type, role, urgency, phase), in the app's language.
import { useMemo } from 'react'
import type { ModulePhase, Need, Scenario } from '../../../../shared/scenario/schema'
import { useT } from '../../i18n/use-t'
import { roleSelector } from '../../../../shared/i18n/taxonomy-words'

type Participant = Scenario['overview']['participants'][number]


export interface ScenarioLabels {
  type: Record<Scenario['overview']['type'], string>
  role: Record<Participant['role'], string>
  urgency: Record<Need['urgency'], string>
  /** '' is "not set". */
  phase: Record<ModulePhase | '', string>
}

export function useScenarioLabels(): ScenarioLabels {
  const t = useT()
  return useMemo(
    () => ({
      type: { tabletop: t('scenarioType.tabletop'), 'town-hall-prep': t('scenarioType.townHallPrep'), drill: t('scenarioType.drill') },
      // The same words as the sign-in sheet and the reports use.
      role: { facilitator: t('report.role', { role: 'facilitator' }), evaluator: t('report.role', { role: 'evaluator' }), 'note-taker': t('report.role', { role: roleSelector('note-taker') }), participant: t('report.role', { role: 'participant' }) },
      urgency: { low: t('report.urgency', { urgency: 'low' }), medium: t('report.urgency', { urgency: 'medium' }), high: t('report.urgency', { urgency: 'high' }), critical: t('report.urgency', { urgency: 'critical' }) },
      phase: { '': t('phase.none'), 'pre-incident': t('phase.pre'), incident: t('phase.incident'), 'post-incident': t('phase.post') },
    }),
    [t],
  )
}
