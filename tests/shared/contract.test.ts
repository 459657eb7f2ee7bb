import { describe, expect, it } from 'vitest'
import { issuesFromZod } from '../../src/shared/errors'
import { CALL_NAMES } from '../../src/shared/bridge'
import { contract, isCallName } from '../../src/shared/contract'
import { appCalls } from '../../src/shared/contract/app'
import { areaCalls } from '../../src/shared/contract/areas'
import { backupCalls } from '../../src/shared/contract/backups'
import { reportCalls } from '../../src/shared/contract/reports'
import { draftCalls } from '../../src/shared/contract/drafts'
import { exerciseCalls } from '../../src/shared/contract/exercise'
import { inventoryCalls } from '../../src/shared/contract/inventory'
import { scenarioCalls } from '../../src/shared/contract/scenarios'
import { sessionCalls } from '../../src/shared/contract/sessions'
import { townHallReportCalls } from '../../src/shared/contract/townhall-reports'
import { townHallCalls } from '../../src/shared/contract/townhalls'

describe('the contract', () => {
  it('lists every call once, in the bridge list the preload uses', () => {
    expect([...CALL_NAMES].sort()).toEqual(Object.keys(contract).sort())
    expect(isCallName('areas.list')).toBe(true)
    expect(isCallName('toString')).toBe(false)
    expect(isCallName('__proto__')).toBe(false)
  })

  it('keeps each domain’s calls in its own file, named after the domain', () => {
    const domains = { app: appCalls, areas: areaCalls, inventory: inventoryCalls, scenarios: scenarioCalls, sessions: sessionCalls, exercise: exerciseCalls, drafts: draftCalls, reports: reportCalls, townHalls: { ...townHallCalls, ...townHallReportCalls }, backups: backupCalls }
    for (const [domain, calls] of Object.entries(domains)) {
      expect(Object.keys(calls).every((name) => name.startsWith(`${domain}.`))).toBe(true)
    }
    expect(Object.values(domains).flatMap((calls) => Object.keys(calls)).sort()).toEqual(Object.keys(contract).sort())
  })

  it('fills defaults for a search with no arguments', () => {
    expect(contract['areas.list'].input.parse({})).toEqual({ query: '', focusOnly: false })
  })

  it.each([
    [{ number: 0, isFocus: true }, 'number'],
    [{ number: 78, isFocus: true }, 'number'],
    [{ number: 3.5, isFocus: true }, 'number'],
    [{ number: '30', isFocus: true }, 'number'],
    [{ number: 30 }, 'isFocus'],
    [{ number: 30, isFocus: 'yes' }, 'isFocus'],
  ])('rejects setFocus input %j at field %s', (input, field) => {
    const result = contract['areas.setFocus'].input.safeParse(input)
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.path).toEqual([field])
  })

  it('rejects unknown fields rather than ignoring them', () => {
    const result = contract['areas.setFocus'].input.safeParse({ number: 30, isFocus: true, extra: 1 })
    expect(result.success).toBe(false)
  })

  it('rejects an over-long search', () => {
    const result = contract['areas.list'].input.safeParse({ query: 'x'.repeat(201) })
    expect(result.success).toBe(false)
    expect(result.error && issuesFromZod(result.error)[0]?.message).toMatch(/at most 200/)
  })
})
