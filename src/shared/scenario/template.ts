// A new scenario to start from: one module, one inject, one need, one objective — valid as it
// stands, in the facilitator's language, so it can be saved at once and shaped in the editor.
import { formatMessage } from '../i18n/format'
import type { Language } from '../i18n/catalog'
import { SCENARIO_FORMAT_VERSION, type Scenario } from './schema'

export function newScenario(id: string, language: Language, communityArea: number): Scenario {
  const t = (key: Parameters<typeof formatMessage>[1]) => formatMessage(language, key)
  return {
    formatVersion: SCENARIO_FORMAT_VERSION,
    id,
    overview: {
      title: t('template.title'),
      summary: t('template.summary'),
      type: 'tabletop',
      communityAreas: [communityArea],
      language,
      objectives: [{ id: 'o1', text: t('template.objective') }],
      participants: [],
    },
    variables: [],
    modules: [
      {
        id: 'm1',
        title: t('template.module'),
        narrative: t('template.narrative'),
        injects: [{ id: 'i1', title: t('template.injectTitle'), text: t('template.injectText') }],
        questions: [{ text: t('template.question') }],
        needs: [{ id: 'n1', category: 'street-outreach', description: t('template.need'), communityArea, urgency: 'high' }],
      },
    ],
  }
}

/** A scenario with nothing in it yet but its id, language and area: the editor fills it in, and it is saved once it checks. */
export function blankScenario(id: string, language: Language, communityArea: number | string | undefined): Scenario {
  return {
    formatVersion: SCENARIO_FORMAT_VERSION,
    id,
    overview: { title: '', summary: '', type: 'tabletop', communityAreas: communityArea === undefined ? [] : [communityArea], language, objectives: [], participants: [] },
    variables: [],
    modules: [],
  }
}
