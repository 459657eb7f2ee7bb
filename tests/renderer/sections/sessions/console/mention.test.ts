import { describe, expect, it } from 'vitest'
import { mentionMatches, mentionQuery, signedInOrganizations, withoutMention } from '../../../../../src/renderer/src/sections/sessions/console/mention'

const organizations = [
  { id: '1', name: 'West Side Peace Walkers (sample)' },
  { id: '2', name: 'Department of Transportation (sample)' },
  { id: '3', name: 'Casa de Sanación Familiar (sample)' },
]

describe('naming who said it with "@"', () => {
  it('reads the letters after an "@" that starts a word at the end of the text', () => {
    expect(mentionQuery('Outreach walks tonight @wes')).toBe('wes')
    expect(mentionQuery('@')).toBe('')
    expect(mentionQuery('Outreach walks tonight @West Side')).toBe('West Side')
    expect(mentionQuery('mail dana@example.org')).toBeUndefined()
    expect(mentionQuery('nothing here')).toBeUndefined()
  })

  it('matches any word of a name, without case or accents', () => {
    expect(mentionMatches('wes', organizations).map((o) => o.id)).toEqual(['1'])
    expect(mentionMatches('sanacion', organizations).map((o) => o.id)).toEqual(['3'])
    expect(mentionMatches('', organizations)).toHaveLength(3)
    expect(mentionMatches('zzz', organizations)).toEqual([])
  })

  it('takes the "@…" out of the text once someone is picked', () => {
    expect(withoutMention('Outreach walks tonight @wes')).toBe('Outreach walks tonight')
    expect(withoutMention('@wes')).toBe('')
  })

  it('offers the organizations of the people signed in, once each, by name; residents name none', () => {
    const people = [
      { organizationId: '2', organizationName: 'West Side Peace Walkers (sample)' },
      { organizationId: null, organizationName: '' },
      { organizationId: '1', organizationName: 'Department of Transportation (sample)' },
      { organizationId: '2', organizationName: 'West Side Peace Walkers (sample)' },
    ]
    expect(signedInOrganizations(people)).toEqual([
      { id: '1', name: 'Department of Transportation (sample)' },
      { id: '2', name: 'West Side Peace Walkers (sample)' },
    ])
  })
})
