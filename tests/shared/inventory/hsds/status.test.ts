import { describe, expect, it } from 'vitest'
import { SERVICE_STATUSES } from '../../../../src/shared/inventory/model'
import { hsdsStatus, roundtableStatus } from '../../../../src/shared/inventory/hsds/status'

describe('service status between HSDS and Roundtable', () => {
  it.each(SERVICE_STATUSES)('round-trips %s: Roundtable → HSDS → the same Roundtable status', (status) => {
    expect(roundtableStatus(hsdsStatus(status))).toBe(status)
  })

  it('writes the HSDS words for active, paused and ended', () => {
    expect(SERVICE_STATUSES.map(hsdsStatus)).toEqual(['active', 'inactive', 'defunct'])
  })

  it('also reads "temporarily closed" as paused, in any case', () => {
    expect(roundtableStatus('temporarily closed')).toBe('paused')
    expect(roundtableStatus('Temporarily Closed')).toBe('paused')
    expect(roundtableStatus('DEFUNCT')).toBe('ended')
  })

  it.each(['', 'open', 'paused', 'constructor', '__proto__'])('does not read %j as a status', (text) => {
    expect(roundtableStatus(text)).toBeUndefined()
  })
})
