// The Situation Manual of a library scenario: the pure renderer fed with this laptop's area
// names, categories and organization kinds, named for the audience and language chosen.
import { COMMUNITY_AREA_SEEDS } from '../../../shared/community-area-list'
import { ORGANIZATION_KINDS } from '../../../shared/inventory/taxonomy'
import type { Category } from '../../../shared/inventory/taxonomy'
import { areaNumberOf } from '../../../shared/scenario/schema'
import { renderSituationManual } from '../../../shared/scenario/situation-manual'
import type { ScenarioLibrary } from '.'

export interface ManualRequest {
  id: string
  audience: 'participant' | 'facilitator'
  language: 'en' | 'es'
  variables?: Record<string, string> | undefined
}

const SUFFIXES = {
  facilitator: { en: 'facilitator-guide', es: 'guia-facilitador' },
  participant: { en: 'participant-handout', es: 'participantes' },
} as const

export function situationManual(scenarios: ScenarioLibrary, categories: readonly Category[], { id, audience, language, variables }: ManualRequest) {
  const { scenario } = scenarios.get(id)
  const names = new Map(COMMUNITY_AREA_SEEDS.map((a) => [a.number, a.name]))
  const html = renderSituationManual(scenario, {
    audience,
    language,
    ...(variables ? { variables } : {}),
    areaName: (reference) => names.get(areaNumberOf(reference) ?? -1) ?? String(reference),
    categoryLabel: (category) => categories.find((c) => c.id === category)?.label ?? category,
    organizationKindLabel: (kind) => ORGANIZATION_KINDS.find((k) => k.id === kind)?.label ?? kind,
  })
  const baseName = scenarios.exportFile([id]).fileName.replace(/\.yaml$/, '')
  return { fileName: `${baseName}-${SUFFIXES[audience][language]}.html`, content: html }
}
