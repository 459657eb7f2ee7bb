import { describe, expect, it } from 'vitest'
import { createLaunchAccess } from '../../../src/main/serve/launch-access'

describe('launch access', () => {
  it('takes each address token once, the first one as given', () => {
    const access = createLaunchAccess('given')
    expect(access.newUrlToken()).toBe('given')
    const second = access.newUrlToken()
    expect(second).toMatch(/^[\w-]{32}$/)
    expect(access.spend('never made')).toBe(false)
    expect(access.spend(second)).toBe(true)
    expect(access.spend(second)).toBe(false)
    expect(access.spend('given')).toBe(true)
    expect(access.spend('given')).toBe(false)
  })

  it('keeps at most 16 addresses waiting: asking for more forgets the oldest', () => {
    const access = createLaunchAccess()
    const tokens = Array.from({ length: 17 }, () => access.newUrlToken())
    expect(access.spend(tokens[0]!)).toBe(false)
    expect(tokens.slice(1).every((token) => access.spend(token))).toBe(true)
  })

  it('gives a cookie of its own launch, named and valued at random, and admits only that value', () => {
    const one = createLaunchAccess('same')
    const two = createLaunchAccess('same')
    expect(one.setCookie).toMatch(/^roundtable_[0-9a-f]{12}=[\w-]{43}; HttpOnly; SameSite=Strict; Path=\/$/)
    const cookie = one.setCookie.split(';')[0]!
    const [name, value] = cookie.split('=') as [string, string]
    expect(two.setCookie.startsWith(`${name}=`)).toBe(false)
    expect(value).not.toContain('same')
    expect(one.admits(cookie)).toBe(true)
    expect(one.admits(`other=1; ${cookie}`)).toBe(true)
    expect(two.admits(cookie)).toBe(false)
    expect(one.admits(`${name}=${value.slice(1)}`)).toBe(false)
    expect(one.admits(undefined)).toBe(false)
  })
})
