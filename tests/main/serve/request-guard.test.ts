import { describe, expect, it } from 'vitest'
import { cookieValues, isAllowedHost, isAllowedOrigin, tokensMatch } from '../../../src/main/serve/request-guard'

describe('request guard', () => {
  it('accepts only this port on 127.0.0.1 or localhost as the Host', () => {
    expect(isAllowedHost('127.0.0.1:4000', 4000)).toBe(true)
    expect(isAllowedHost('LOCALHOST:4000', 4000)).toBe(true)
    expect(isAllowedHost('127.0.0.1:4001', 4000)).toBe(false)
    expect(isAllowedHost('127.0.0.1.evil.example:4000', 4000)).toBe(false)
    expect(isAllowedHost('127.0.0.1', 4000)).toBe(false)
    expect(isAllowedHost(undefined, 4000)).toBe(false)
  })

  it('accepts a missing Origin, or exactly this one, and parses rather than string-matches', () => {
    expect(isAllowedOrigin(undefined, 4000)).toBe(true)
    expect(isAllowedOrigin('http://127.0.0.1:4000', 4000)).toBe(true)
    expect(isAllowedOrigin('http://127.0.0.1:4000.evil.example', 4000)).toBe(false)
    expect(isAllowedOrigin('https://127.0.0.1:4000', 4000)).toBe(false)
    expect(isAllowedOrigin('null', 4000)).toBe(false)
    expect(isAllowedOrigin('http://evil.example', 4000)).toBe(false)
  })

  it('reads the values of one cookie out of many, each one sent under that name', () => {
    expect(cookieValues('a=1; roundtable_0a1b=abc; b=2', 'roundtable_0a1b')).toEqual(['abc'])
    expect(cookieValues('roundtable_0a1b=planted; roundtable_0a1b=abc', 'roundtable_0a1b')).toEqual(['planted', 'abc'])
    expect(cookieValues('xroundtable_0a1b=abc', 'roundtable_0a1b')).toEqual([])
    expect(cookieValues(undefined, 'a')).toEqual([])
  })

  it('compares tokens exactly', () => {
    expect(tokensMatch('secret', 'secret')).toBe(true)
    expect(tokensMatch('secreT', 'secret')).toBe(false)
    expect(tokensMatch('secret-longer', 'secret')).toBe(false)
    expect(tokensMatch(undefined, 'secret')).toBe(false)
  })
})
