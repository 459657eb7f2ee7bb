import { describe, expect, it } from 'vitest'
import { formatMessage } from '../../../src/shared/i18n/format'
import { mapAnnouncements, type MapSnapshot } from '../../../src/shared/session/map-announcements'

const NIGHT = { id: 'n1', label: 'Night outreach', covered: false, reasons: 2 }
const LIGHT = { id: 'n2', label: 'Repair the street light', covered: false, reasons: 1 }
const OUTREACH = { id: 'r1', label: 'Night street outreach' }
const BASE: MapSnapshot = { needs: [NIGHT, LIGHT], resources: [], links: [] }

const words = (before: MapSnapshot, after: MapSnapshot, language: 'en' | 'es' = 'en') => mapAnnouncements(before, after).map((a) => formatMessage(language, a.key, a.values))

describe('what the map announces when it changes', () => {
  it('says nothing when nothing a listener cares about changed', () => {
    expect(mapAnnouncements(BASE, { ...BASE, needs: [...BASE.needs] })).toEqual([])
    // A language switch rewords every label, but nothing happened in the room.
    expect(mapAnnouncements(BASE, { ...BASE, needs: [{ ...NIGHT, label: 'Alcance nocturno' }, LIGHT] })).toEqual([])
  })

  it('names a resource added, the link made, and the gap it closes, in that order', () => {
    const after: MapSnapshot = {
      needs: [{ ...NIGHT, covered: true, reasons: 0 }, LIGHT],
      resources: [OUTREACH],
      links: [{ id: 'e1', source: 'Night street outreach', kind: 'covers', target: 'Night outreach' }],
    }
    expect(words(BASE, after)).toEqual(['Added to the map: Night street outreach.', 'Linked: Night street outreach covers Night outreach.', 'Gap closed: Night outreach.'])
    expect(words(BASE, after, 'es')).toEqual(['Se agregó al mapa: Night street outreach.', 'Enlace nuevo: Night street outreach cubre Night outreach.', 'Brecha cerrada: Night outreach.'])
  })

  it('says how many reasons a gap has left when it stays a gap', () => {
    expect(words(BASE, { ...BASE, needs: [{ ...NIGHT, reasons: 1 }, LIGHT] })).toEqual(['Night outreach: 1 reason left.'])
    expect(words(BASE, { ...BASE, needs: [NIGHT, { ...LIGHT, reasons: 2 }] }, 'es')).toEqual(['Repair the street light: quedan 2 motivos.'])
  })

  it('says a gap opened when a link is removed (an undo) and when the next module brings a need', () => {
    const linked: MapSnapshot = {
      needs: [{ ...NIGHT, covered: true, reasons: 0 }, LIGHT],
      resources: [OUTREACH],
      links: [{ id: 'e1', source: 'Night street outreach', kind: 'covers', target: 'Night outreach' }],
    }
    expect(words(linked, { ...BASE, resources: [OUTREACH] })).toEqual(['Link removed: Night street outreach covers Night outreach.', 'Gap opened: Night outreach.'])
    expect(words(BASE, { ...BASE, needs: [...BASE.needs, { id: 'n3', label: 'Counselors at the school', covered: false, reasons: 2 }] })).toEqual(['Gap opened: Counselors at the school.'])
    expect(words({ ...BASE, resources: [OUTREACH] }, BASE)).toEqual(['Removed from the map: Night street outreach.'])
  })

  it('counts rather than names when many things of one kind change at once', () => {
    const many = [1, 2, 3, 4, 5].map((i) => ({ id: `m${i}`, label: `Need ${i}`, covered: false, reasons: 1 }))
    expect(words(BASE, { ...BASE, needs: [...BASE.needs, ...many] })).toEqual(['5 gaps opened.'])
    const resources = [1, 2, 3, 4].map((i) => ({ id: `r${i}`, label: `Resource ${i}` }))
    expect(words(BASE, { ...BASE, resources })).toEqual(['4 resources added to the map.'])
  })
})
