// The printable Situation Manual of a scenario, as a standalone HTML file that opens anywhere:
// a participant handout (no injects, no facilitator notes) or a facilitator guide (everything).
import { languageLabel } from '../inventory/languages'
import type { Scenario } from './schema'
import { storyTimeLabel } from './story-clock'
import { escapeHtml } from '../report-kit/escape'
import { printableDocument } from '../report-kit/document'
import { formatMessage } from '../i18n/format'

export type ManualAudience = 'participant' | 'facilitator'
export type ManualLanguage = 'en' | 'es'

const LABELS = {
  en: {
    participantTitle: 'Situation Manual — participant handout',
    facilitatorTitle: 'Situation Manual — facilitator guide',
    overview: 'Exercise overview',
    areas: 'Community areas',
    place: 'Place',
    duration: 'Duration',
    type: 'Type',
    objectives: 'Objectives',
    participants: 'Participating organizations',
    agenda: 'Agenda',
    module: 'Module',
    narrative: 'Scenario',
    injects: 'Injects',
    from: 'From',
    at: 'At',
    minutes: 'min',
    expected: 'Expected actions',
    notes: 'Facilitator notes',
    questions: 'Discussion questions',
    needs: 'What the community will need',
    need: 'Need',
    when: 'When',
    amount: 'How much',
    urgency: 'Urgency',
    storyStart: 'The story begins',
    inStory: 'In the story',
    deadline: 'Must start',
    languages: 'Languages',
    anyTime: 'Any time',
    confidential: 'For the facilitator only — do not hand out.',
    types: { tabletop: 'Tabletop exercise', 'town-hall-prep': 'Town hall preparation', drill: 'Drill' },
    roles: { facilitator: 'Facilitator', evaluator: 'Evaluator', 'note-taker': 'Note-taker', participant: 'Participant' },
    urgencies: { low: 'Low', medium: 'Medium', high: 'High', critical: 'Critical' },
  },
  es: {
    participantTitle: 'Manual de situación — material para participantes',
    facilitatorTitle: 'Manual de situación — guía del facilitador',
    overview: 'Resumen del ejercicio',
    areas: 'Áreas comunitarias',
    place: 'Lugar',
    duration: 'Duración',
    type: 'Tipo',
    objectives: 'Objetivos',
    participants: 'Organizaciones participantes',
    agenda: 'Agenda',
    module: 'Módulo',
    narrative: 'Escenario',
    injects: 'Novedades (injects)',
    from: 'De',
    at: 'A los',
    minutes: 'min',
    expected: 'Acciones esperadas',
    notes: 'Notas para el facilitador',
    questions: 'Preguntas para la discusión',
    needs: 'Lo que la comunidad necesitará',
    need: 'Necesidad',
    when: 'Cuándo',
    amount: 'Cuánto',
    urgency: 'Urgencia',
    storyStart: 'La historia comienza',
    inStory: 'En la historia',
    deadline: 'Debe empezar',
    languages: 'Idiomas',
    anyTime: 'A cualquier hora',
    confidential: 'Solo para el facilitador: no repartir.',
    types: { tabletop: 'Ejercicio de mesa', 'town-hall-prep': 'Preparación de asamblea comunitaria', drill: 'Simulacro' },
    roles: { facilitator: 'Facilitador', evaluator: 'Evaluador', 'note-taker': 'Secretario de actas', participant: 'Participante' },
    urgencies: { low: 'Baja', medium: 'Media', high: 'Alta', critical: 'Crítica' },
  },
} as const

export interface ManualOptions {
  audience: ManualAudience
  language: ManualLanguage
  /** Values for the scenario's ${variables}; unfilled ones print as [name]. */
  variables?: Readonly<Record<string, string>>
  areaName: (reference: string | number) => string
  categoryLabel: (id: string) => string
  organizationKindLabel: (kind: string) => string
}


export function renderSituationManual(scenario: Scenario, options: ManualOptions): string {
  const l = LABELS[options.language]
  const fill = (value: string) => value.replace(/\$\{([a-zA-Z][a-zA-Z0-9_]*)\}/g, (_, name: string) => options.variables?.[name]?.trim() || `[${name}]`)
  const t = (value: string) => escapeHtml(fill(value))
  const forFacilitator = options.audience === 'facilitator'
  const story = (time: string | undefined) => {
    const label = storyTimeLabel(time, options.language)
    return label === undefined ? undefined : escapeHtml(label)
  }
  const { overview } = scenario
  const out: string[] = []

  out.push(`<header><p class="kind">${escapeHtml(forFacilitator ? l.facilitatorTitle : l.participantTitle)}</p><h1>${t(overview.title)}</h1>`)
  if (forFacilitator) out.push(`<p class="confidential">${escapeHtml(l.confidential)}</p>`)
  out.push('</header>')

  out.push(`<section><h2>${l.overview}</h2><dl>`)
  out.push(`<dt>${l.type}</dt><dd>${escapeHtml(l.types[overview.type])}</dd>`)
  out.push(`<dt>${l.areas}</dt><dd>${escapeHtml(overview.communityAreas.map(options.areaName).join(', '))}</dd>`)
  if (overview.place) out.push(`<dt>${l.place}</dt><dd>${t(overview.place)}</dd>`)
  if (overview.duration) out.push(`<dt>${l.duration}</dt><dd>${t(overview.duration)}</dd>`)
  const storyStart = story(overview.storyStart)
  if (storyStart) out.push(`<dt>${l.storyStart}</dt><dd>${storyStart}</dd>`)
  out.push(`</dl><p class="prose">${t(overview.summary)}</p></section>`)

  out.push(`<section><h2>${l.objectives}</h2><ol>${overview.objectives.map((o) => `<li>${t(o.text)}</li>`).join('')}</ol></section>`)
  if (overview.participants.length > 0) {
    out.push(
      `<section><h2>${l.participants}</h2><ul>${overview.participants
        .map((p) => `<li>${escapeHtml(options.organizationKindLabel(p.kind))} — ${escapeHtml(l.roles[p.role])}${p.note ? `: ${t(p.note)}` : ''}</li>`)
        .join('')}</ul></section>`,
    )
  }
  out.push(
    `<section><h2>${l.agenda}</h2><ol>${scenario.modules.map((m) => `<li>${t(m.title)}${m.timing ? ` <span class="muted">— ${t(m.timing)}</span>` : ''}</li>`).join('')}</ol></section>`,
  )

  for (const module of scenario.modules) {
    out.push(`<section class="module"><h2>${t(module.title)}</h2>`)
    const moduleTime = story(module.storyTime)
    if (module.timing || moduleTime) {
      out.push(`<p class="muted">${[moduleTime && `${l.inStory}: ${moduleTime}`, module.timing && t(module.timing)].filter(Boolean).join(' · ')}</p>`)
    }
    out.push(`<h3>${l.narrative}</h3><p class="prose">${t(module.narrative)}</p>`)
    if (forFacilitator && module.injects.length > 0) {
      out.push(`<h3>${l.injects}</h3><ol class="injects">`)
      for (const inject of module.injects) {
        out.push('<li>')
        out.push(`<p><strong>${t(inject.title)}</strong>`)
        const injectTime = story(inject.storyTime)
        const clock = inject.offsetMinutes === undefined ? undefined : `${l.at} ${inject.offsetMinutes} ${l.minutes}`
        if (injectTime || clock) out.push(` <span class="muted">(${[injectTime, clock].filter(Boolean).join(' · ')})</span>`)
        if (inject.from) out.push(` <span class="muted">— ${l.from}: ${t(inject.from)}</span>`)
        out.push(`</p><p class="prose">${t(inject.text)}</p>`)
        if (inject.expectedActions?.length) out.push(`<p class="label">${l.expected}</p><ul>${inject.expectedActions.map((a) => `<li>${t(a)}</li>`).join('')}</ul>`)
        if (inject.facilitatorNotes) out.push(`<div class="note"><p class="label">${l.notes}</p><p class="prose">${t(inject.facilitatorNotes)}</p></div>`)
        out.push('</li>')
      }
      out.push('</ol>')
    }
    if (module.questions.length > 0) {
      out.push(`<h3>${l.questions}</h3><ul>`)
      for (const question of module.questions) {
        out.push(`<li>${question.discipline ? `<span class="muted">${t(question.discipline)}:</span> ` : ''}${t(question.text)}</li>`)
      }
      out.push('</ul>')
    }
    if (forFacilitator && module.needs.length > 0) {
      out.push(`<h3>${l.needs}</h3><table><thead><tr><th>${l.need}</th><th>${l.areas}</th><th>${l.when}</th><th>${l.languages}</th><th>${l.amount}</th><th>${l.urgency}</th></tr></thead><tbody>`)
      for (const need of module.needs) {
        out.push(
          `<tr><td>${t(need.description)}<br><span class="muted">${escapeHtml(options.categoryLabel(need.category))}</span></td>` +
            `<td>${escapeHtml(options.areaName(need.communityArea))}${need.place ? `, ${t(need.place)}` : ''}</td>` +
            `<td>${[need.when ? escapeHtml(need.when) : need.deadline ? '' : escapeHtml(l.anyTime), need.deadline && `${escapeHtml(l.deadline)}: ${t(need.deadline)}`, need.duration && `<span class="muted">${t(need.duration)}</span>`].filter(Boolean).join('<br>')}</td>` +
            `<td>${need.languages?.length ? escapeHtml(need.languages.map((code) => languageLabel(code, options.language)).join(', ')) : '—'}</td>` +
            `<td>${need.amount ? `${need.amount.value} ${t(need.amount.unit)}` : '—'}</td><td>${escapeHtml(l.urgencies[need.urgency])}</td></tr>`,
        )
      }
      out.push('</tbody></table>')
    }
    out.push('</section>')
  }

  const title = `${fill(overview.title)} — ${forFacilitator ? l.facilitatorTitle : l.participantTitle}`
  return printableDocument({
    lang: options.language,
    title,
    runningHeader: title,
    pageWord: formatMessage(options.language, 'report.page'),
    ofWord: formatMessage(options.language, 'report.of'),
    body: out.join('\n'),
    css: MANUAL_CSS,
  })
}

const MANUAL_CSS = `
.confidential { border: 2px solid #b45309; padding: 0.4em 0.8em; color: #7c2d12; font-weight: bold; }
.note { border-left: 4px solid #b45309; padding-left: 0.8em; background: #fff8ec; }
.module { break-before: page; } @media screen { .module { break-before: auto; } }
`
