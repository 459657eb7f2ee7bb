// Words for the scenario format's codes, as the library shows them.
import type { ModulePhase, Need } from '../../../../shared/scenario/schema'

export const TYPE_LABELS = { tabletop: 'Tabletop exercise', 'town-hall-prep': 'Town hall preparation', drill: 'Drill' } as const
export const LANGUAGE_LABELS = { en: 'English', es: 'Español' } as const
export const ROLE_LABELS = { facilitator: 'Facilitator', evaluator: 'Evaluator', 'note-taker': 'Note-taker', participant: 'Participant' } as const
export const URGENCY_LABELS: Record<Need['urgency'], string> = { low: 'Low', medium: 'Medium', high: 'High', critical: 'Critical' }
export const PHASE_LABELS: Record<ModulePhase | '', string> = { '': 'Not set', 'pre-incident': 'Before (prevention)', incident: 'The incident', 'post-incident': 'After the incident' }
