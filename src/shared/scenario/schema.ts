// The scenario file format: one zod schema for files, the store, the renderer and the CLI.
// A JSON Schema generated from it ships as scenarios/roundtable-scenario.schema.json.
import { z } from 'zod'
import { areaMatcher } from '../community-areas'
import { COMMUNITY_AREA_SEEDS } from '../community-area-list'
import { parseLanguage } from '../inventory/languages'
import { parseSchedule } from '../inventory/schedule'
import { parseDeadline } from './deadline'
import { parseStoryTime } from './story-clock'
import { needDeadlines } from './story-timeline'
import { ORGANIZATION_KIND_IDS } from '../inventory/taxonomy'
import { customIssue, says, type ValidationKey } from '../i18n/zod-issues'

/**
 * The format's version. 1 was the first draft (one communityArea per scenario, a need's time
 * under "hours"); 2 gave a need one language code and a required weekly "when"; 3 adds the story
 * clock, deadlines and several languages. Older files and stored copies are upgraded on read
 * (see upgrade.ts).
 */
export const SCENARIO_FORMAT_VERSION = 3

const matchArea = areaMatcher(COMMUNITY_AREA_SEEDS)

/** Text of a scenario: shown as plain text wherever it appears, never as markup. */
const text = (max: number) => z.string().max(max)
const requiredText = (max: number, says: ValidationKey) => text(max).trim().min(1, says)
const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, says('validation.scenario.id'))

/** A community area by number (26) or by name or known variant ("Little Village"). */
export const areaReferenceSchema = z
  .union([z.number().int(), z.string()])
  .refine((value) => matchArea(String(value)) !== undefined, says('validation.scenario.area'))

const scheduleText = z.string().superRefine((value, context) => {
  const parsed = parseSchedule(value)
  if (!parsed.ok) {
    context.addIssue(customIssue([], 'validation.scenario.schedule', { reason: parsed.reason }))
  }
})

/** When it happens in the story: a day of the week and maybe a time ("Friday 23:30", "Tuesday"). */
const storyTimeText = z.string().superRefine((value, context) => {
  const parsed = parseStoryTime(value)
  if (!parsed.ok) context.addIssue(customIssue([], 'validation.scenario.storyTime', { reason: parsed.reason }))
}).describe('When it happens in the story: a day of the week and maybe a time, like "Friday 23:30", "Saturday 2 pm" or "Tuesday" (English or Spanish day names).')

const deadlineText = z.string().superRefine((value, context) => {
  const parsed = parseDeadline(value)
  if (!parsed.ok) context.addIssue(customIssue([], 'validation.scenario.deadline', { reason: parsed.reason }))
}).describe('By when help must start: "within 48 hours", "within 2 days of inject 2.2" (module 2, inject 2, or an inject id), "by Saturday 10:00", "tonight" (until 06:00 after the module\'s story time) or "this week" (until Sunday ends).')

/** A language by name or code, as the inventory reads them ("Spanish", "es", "Español"). */
const languageText = z.string().trim().refine((value) => parseLanguage(value) !== undefined, says('validation.scenario.language'))

export const objectiveSchema = z.object({ id, text: requiredText(500, 'validation.scenario.objectiveText') }).strict()

export const participantSchema = z
  .object({
    kind: z.enum(ORGANIZATION_KIND_IDS),
    role: z.enum(['facilitator', 'evaluator', 'note-taker', 'participant']),
    note: text(300).optional(),
  })
  .strict()

export const injectSchema = z
  .object({
    id,
    /** Minutes after the module starts; injects without one are revealed in order. */
    offsetMinutes: z.number().int().min(0).max(7 * 24 * 60).optional(),
    /** When it happens in the story ("Saturday 14:00"), beside its minutes on the exercise's clock. */
    storyTime: storyTimeText.optional(),
    title: requiredText(200, 'validation.scenario.title'),
    text: requiredText(20_000, 'validation.scenario.roomLearns'),
    from: text(200).optional(),
    expectedActions: z.array(text(500)).optional(),
    /** Seen by the facilitator only: never on the projector or the participant handout. */
    facilitatorNotes: text(5000).optional(),
  })
  .strict()

export const questionSchema = z
  .object({
    text: requiredText(1000, 'validation.scenario.question'),
    /** The discipline it is for (outreach, public health, police…), to group questions. */
    discipline: text(100).optional(),
  })
  .strict()

export const needSchema = z
  .object({
    id,
    /** A category id of the inventory's taxonomy (shipped or the facilitator's own). */
    category: z.string().regex(/^[a-z0-9-]+$/, says('validation.scenario.categoryId')),
    description: requiredText(2000, 'validation.scenario.needDescription'),
    communityArea: areaReferenceSchema,
    place: text(300).optional(),
    /** The hours of the week it is needed, in the inventory's hours format ("Fri-Sun 20:00-02:00"). */
    when: scheduleText.optional(),
    /** By when help must start: "within 48 hours", "within 2 days of inject 2.2", "by Saturday 10:00", "tonight", "this week". */
    deadline: deadlineText.optional(),
    /** For how long, in words ("this weekend", "the next 72 hours"). */
    duration: text(200).optional(),
    /** Every language it must be served in, by name or code. */
    languages: z.array(languageText).describe('Every language the need must be served in (all of them), by name or ISO code: ["English", "Spanish"] or [en, es].').optional(),
    amount: z.object({ value: z.number().positive(), unit: requiredText(60, 'validation.scenario.unit') }).strict().optional(),
    urgency: z.enum(['low', 'medium', 'high', 'critical']),
  })
  .strict()

/** Where a module sits in the life of an incident; pre-incident modules are the prevention view. */
export const MODULE_PHASES = ['pre-incident', 'incident', 'post-incident'] as const
export type ModulePhase = (typeof MODULE_PHASES)[number]

export const moduleSchema = z
  .object({
    id,
    title: requiredText(200, 'validation.scenario.title'),
    phase: z.enum(MODULE_PHASES).optional(),
    /** When the module happens in the story ("Saturday 14:00"); its needs arise then. */
    storyTime: storyTimeText.optional(),
    timing: text(200).optional(),
    narrative: requiredText(2_000_000, 'validation.scenario.narrative'),
    injects: z.array(injectSchema).default([]),
    questions: z.array(questionSchema).default([]),
    needs: z.array(needSchema).default([]),
  })
  .strict()

export const variableSchema = z
  .object({
    name: z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]*$/, says('validation.scenario.variableName')),
    label: requiredText(200, 'validation.scenario.variableLabel'),
    example: text(200).optional(),
  })
  .strict()

export const scenarioSchema = z
  .object({
    formatVersion: z.literal(SCENARIO_FORMAT_VERSION),
    id: z.uuid(says('validation.scenario.uuid')),
    overview: z
      .object({
        title: requiredText(200, 'validation.scenario.title'),
        summary: requiredText(5000, 'validation.scenario.summary'),
        type: z.enum(['tabletop', 'town-hall-prep', 'drill']),
        communityAreas: z.array(areaReferenceSchema).min(1, says('validation.scenario.areasMin')),
        place: text(300).optional(),
        duration: text(100).optional(),
        /** When the story begins ("Friday 23:30"). */
        storyStart: storyTimeText.optional(),
        language: z.enum(['en', 'es']),
        objectives: z.array(objectiveSchema).min(1, says('validation.scenario.objectivesMin')),
        participants: z.array(participantSchema).default([]),
      })
      .strict(),
    variables: z.array(variableSchema).default([]),
    modules: z.array(moduleSchema).min(1, says('validation.scenario.modulesMin')),
  })
  .strict()
  .superRefine((scenario, context) => {
    const unique = (ids: string[], path: (index: number) => (string | number)[], what: 'objective' | 'module' | 'inject' | 'need') => {
      const seen = new Set<string>()
      ids.forEach((value, index) => {
        if (seen.has(value)) context.addIssue(customIssue(path(index), 'validation.scenario.duplicateId', { what, id: value }))
        seen.add(value)
      })
    }
    unique(scenario.overview.objectives.map((o) => o.id), (i) => ['overview', 'objectives', i, 'id'], 'objective')
    unique(scenario.modules.map((m) => m.id), (i) => ['modules', i, 'id'], 'module')
    scenario.modules.forEach((module, m) => {
      unique(module.injects.map((inj) => inj.id), (i) => ['modules', m, 'injects', i, 'id'], 'inject')
    })
    const needPaths = scenario.modules.flatMap((module, m) => module.needs.map((need, n) => ({ id: need.id, path: ['modules', m, 'needs', n, 'id'] })))
    unique(needPaths.map((n) => n.id), (i) => needPaths[i]!.path, 'need')
    // Deadlines that read well alone but cannot be counted in this scenario (no story time, no such inject).
    const deadlines = needDeadlines(scenario)
    scenario.modules.forEach((module, m) =>
      module.needs.forEach((need, n) => {
        const deadline = deadlines.get(need.id)
        if (deadline && 'error' in deadline && parseDeadline(need.deadline ?? '').ok) {
          context.addIssue(customIssue(['modules', m, 'needs', n, 'deadline'], deadline.error.key, deadline.error.values))
        }
      }),
    )
    const declared = new Set(scenario.variables.map((v) => v.name))
    visitText(scenario, (value, path) => {
      // Markup is fine (it always shows as text); invisible control characters are not.
      // eslint-disable-next-line no-control-regex
      if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(value)) {
        context.addIssue(customIssue(path, 'validation.scenario.controlCharacters'))
      }
      for (const match of value.matchAll(/\$\{([a-zA-Z][a-zA-Z0-9_]*)\}/g)) {
        if (!declared.has(match[1]!)) {
          context.addIssue(customIssue(path, 'validation.scenario.unknownVariable', { variable: match[0] }))
        }
      }
    })
  })

export type Scenario = z.output<typeof scenarioSchema>
export type ScenarioInput = z.input<typeof scenarioSchema>
export type ScenarioModule = Scenario['modules'][number]
export type Need = ScenarioModule['needs'][number]
export type Inject = ScenarioModule['injects'][number]

/** Calls back with every string in a value and its path, for checks that apply to all text. */
export function visitText(value: unknown, visit: (text: string, path: (string | number)[]) => void, path: (string | number)[] = []): void {
  if (typeof value === 'string') visit(value, path)
  else if (Array.isArray(value)) value.forEach((item, index) => visitText(item, visit, [...path, index]))
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) visitText(item, visit, [...path, key])
  }
}

/** The community area numbers a scenario names (names and variants resolved). */
export function scenarioAreaNumbers(scenario: Pick<Scenario, 'overview'>): number[] {
  return [...new Set(scenario.overview.communityAreas.map((area) => matchArea(String(area))!))].sort((a, b) => a - b)
}

export function areaNumberOf(reference: string | number): number | undefined {
  return matchArea(String(reference))
}

/** A scenario's text for reading outside a run: each ${variable} as its label, in brackets ("near [The park near the scene]"). */
export function withVariableLabels(text: string, variables: readonly { name: string; label: string }[]): string {
  const labels = new Map(variables.map((v) => [v.name, v.label]))
  return text.replace(/\$\{([a-zA-Z][a-zA-Z0-9_]*)\}/g, (whole, name: string) => (labels.has(name) ? `[${labels.get(name)}]` : whole))
}
