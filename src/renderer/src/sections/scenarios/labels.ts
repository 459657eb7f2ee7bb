// Words for the scenario format's codes (type, role, urgency, phase), in the app's language.
import { useMemo } from 'react'
import type { ModulePhase, Need, Scenario } from '../../../../shared/scenario/schema'
import { useT } from '../../i18n/use-t'

type Participant = Scenario['overview']['participants'][number]

/** Language names are written in their own language, so each reader finds theirs. */
export const LANGUAGE_LABELS = { en: 'English', es: 'Español' } as const

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
      role: { facilitator: t('role.facilitator'), evaluator: t('role.evaluator'), 'note-taker': t('role.noteTaker'), participant: t('role.participant') },
      urgency: { low: t('urgency.low'), medium: t('urgency.medium'), high: t('urgency.high'), critical: t('urgency.critical') },
      phase: { '': t('phase.none'), 'pre-incident': t('phase.pre'), incident: t('phase.incident'), 'post-incident': t('phase.post') },
    }),
    [t],
  )
}
