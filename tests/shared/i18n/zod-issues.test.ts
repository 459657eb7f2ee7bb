import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { issuesFromZod } from '../../../src/shared/errors'
import { isMessageKey, LANGUAGES } from '../../../src/shared/i18n/catalog'
import { word } from '../../../src/shared/i18n/said'
import { saidOfIssue } from '../../../src/shared/i18n/zod-issues'
import { categoryDraftSchema, organizationDraftSchema, serviceDraftSchema } from '../../../src/shared/inventory/model'
import { scenarioSchema } from '../../../src/shared/scenario/schema'
import { participantDraftSchema, sessionDraftSchema } from '../../../src/shared/session/model'
import { townHallDraftSchema } from '../../../src/shared/townhall/model'

const ID = '0b0c4a52-7d3e-4f5e-9c1a-2b3c4d5e6f70'

/** Inputs that break every rule the forms and the scenario format check, one schema at a time. */
const BAD: [string, z.ZodType, unknown][] = [
  ['service', serviceDraftSchema, { organizationId: ID, name: ' ', category: '', description: '\u0001', areaNumbers: [], citywide: false, capacity: null, currentLoad: -1, schedule: { kind: 'always' }, languages: [], minAge: 30, maxAge: 20, eligibility: '', responseTime: '', responseHours: null, status: 'gone', lastVerified: 'soon', extra: 1 }],
  ['organization', organizationDraftSchema, { name: '', kind: 'club', description: '', contactPerson: '', phone: '', email: 'nobody', languages: [], areaNumbers: [], citywide: false, notes: 'x'.repeat(6000) }],
  ['category', categoryDraftSchema, { label: '-', group: 'care' }],
  ['participant', participantDraftSchema, { sessionId: ID, organizationId: ID, newOrganization: { name: '', kind: 'other' }, name: '', role: 'participant', contact: 'x', contactConsent: false }],
  ['session', sessionDraftSchema, { scenarioId: ID, areaNumber: 99, date: 'Friday' }],
  ['town hall', townHallDraftSchema, { title: '', areaNumbers: [], date: '' }],
  ['scenario', scenarioSchema, { formatVersion: 3, id: 'x', overview: { title: '', summary: '', type: 'tabletop', communityAreas: ['Atlantis'], language: 'en', objectives: [] }, modules: [] }],
]

describe('field issues', () => {
  it.each(BAD)('words every issue of a bad %s in English and Spanish, never as a bare key', (_name, schema, input) => {
    const result = schema.safeParse(input)
    expect(result.success).toBe(false)
    if (result.success) return
    expect(result.error.issues.length).toBeGreaterThan(1)
    for (const issue of result.error.issues) {
      const said = saidOfIssue(issue)
      expect(isMessageKey(said.key), `${issue.path.join('.')}: ${issue.message}`).toBe(true)
      for (const language of LANGUAGES) {
        const worded = word(language, said)
        expect(worded).not.toBe(said.key)
        expect(worded).not.toMatch(/\{|validation\./)
      }
    }
  })

  it('words the same issue in the reader’s language, with its values', () => {
    const result = serviceDraftSchema.safeParse({ ...(BAD[0]![2] as object), name: 'Rides', description: '', status: 'active', lastVerified: null, currentLoad: null })
    const issue = !result.success && issuesFromZod(result.error).find((i) => i.path === 'maxAge')
    expect(issue).toMatchObject({ key: 'validation.service.agesReversed', values: { min: 30 }, message: 'The oldest age cannot be below the youngest (30).' })
    expect(issue && word('es', issue)).toBe('La edad máxima no puede ser menor que la mínima (30).')
  })

  it('gives zod’s own checks plain words of their own', () => {
    const result = organizationDraftSchema.safeParse({ name: 'A', kind: 'club', description: '', contactPerson: '', phone: '', email: '', languages: [], areaNumbers: [], citywide: false, notes: 'x'.repeat(6000) })
    const issues = !result.success ? issuesFromZod(result.error) : []
    expect(issues.map((i) => [i.path, i.message])).toEqual([
      ['kind', expect.stringMatching(/^Choose one of: /)],
      ['notes', 'Keep it to 5,000 characters or fewer.'],
    ])
    expect(word('es', issues[1]!)).toBe('Use como máximo 5000 caracteres.')
  })
})
