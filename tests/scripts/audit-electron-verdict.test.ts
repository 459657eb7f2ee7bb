import { describe, expect, it } from 'vitest'
import { failingPolicyFindings, judge, passes, windowOptionsSource, type Finding } from '../../scripts/audit-electron-verdict'

function finding(id: string, file: string, severity: Finding['severity'] = 'MEDIUM'): Finding {
  return { id, file, line: 1, severity, description: id, manualReview: false }
}

describe('the Electron audit’s verdict', () => {
  it('fails on a high or medium finding that no exception names', () => {
    const verdict = judge([finding('SANDBOX_JS_CHECK', 'main/shell/main-window.ts', 'HIGH')], [])
    expect(verdict.failing).toHaveLength(1)
    expect(passes(verdict)).toBe(false)
  })

  it('accepts a finding whose check and file an exception names, with its reason', () => {
    const exceptions = [{ checks: ['SANDBOX_JS_CHECK', 'AUXCLICK_JS_CHECK'], file: 'main/index.ts', reason: 'computed options, audited as values' }]
    const verdict = judge([finding('SANDBOX_JS_CHECK', 'main/index.ts'), finding('AUXCLICK_JS_CHECK', 'main/index.ts')], exceptions)
    expect(verdict.accepted.map((accepted) => accepted.reason)).toEqual(['computed options, audited as values', 'computed options, audited as values'])
    expect(passes(verdict)).toBe(true)
  })

  it('does not let an exception for one file excuse the same check in another', () => {
    const verdict = judge([finding('SANDBOX_JS_CHECK', 'main/other.ts')], [{ checks: ['SANDBOX_JS_CHECK'], file: 'main/index.ts', reason: 'r' }])
    expect(verdict.failing.map((failing) => failing.file)).toEqual(['main/other.ts'])
    expect(verdict.stale).toEqual([{ check: 'SANDBOX_JS_CHECK', file: 'main/index.ts' }])
  })

  it('fails when an exception no longer matches anything, so the list never outlives the code', () => {
    const verdict = judge([], [{ checks: ['CSP_GLOBAL_CHECK'], file: 'N/A', reason: 'r' }])
    expect(verdict.stale).toEqual([{ check: 'CSP_GLOBAL_CHECK', file: 'N/A' }])
    expect(passes(verdict)).toBe(false)
  })

  it('prints low and informational findings without failing on them', () => {
    const verdict = judge([finding('CSP_GLOBAL_CHECK', 'N/A', 'LOW'), finding('LIMIT_NAVIGATION_JS_CHECK', 'x.ts', 'INFORMATIONAL')], [])
    expect(verdict.notes).toHaveLength(2)
    expect(passes(verdict)).toBe(true)
  })
})

describe('the policy check', () => {
  it('fails on certain weaknesses and likely bypasses, not on the maybes', () => {
    const findings = [
      { severity: 'HIGH', directive: 'script-src', description: 'unsafe-inline' },
      { severity: 'HIGH_MAYBE', directive: 'script-src', description: 'host allowlist' },
      { severity: 'MEDIUM_MAYBE', directive: 'script-src', description: "'self'" },
      { severity: 'INFO', directive: 'require-trusted-types-for', description: 'consider' },
    ]
    expect(failingPolicyFindings(findings).map((found) => found.severity)).toEqual(['HIGH', 'HIGH_MAYBE'])
  })
})

describe('the window options as Electronegativity reads them', () => {
  it('are a literal new BrowserWindow({...}) with the computed values', () => {
    const source = windowOptionsSource('main', { webPreferences: { sandbox: true, preload: '/opt/app/out/preload/index.cjs' } })
    expect(source).toMatch(/^\/\/ The main window's options/)
    expect(source).toContain('new BrowserWindow({\n  "webPreferences": {\n    "sandbox": true,')
  })
})
