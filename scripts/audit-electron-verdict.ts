// What `npm run audit:electron` makes of Electronegativity's findings: a high or medium finding
// fails the audit unless an accepted exception (audit-electron-exceptions.json, with its reason)
// names its check and file; an exception that no longer matches anything fails it too, so the
// list never outlives the code it excused. Pure, for the tests.

export interface Finding {
  id: string
  /** Relative to the folder scanned, or "N/A" for a global check. */
  file: string
  line: number
  severity: 'HIGH' | 'MEDIUM' | 'LOW' | 'INFORMATIONAL'
  description: string
  manualReview: boolean
}

export interface AcceptedException {
  checks: string[]
  file: string
  reason: string
}

export interface Verdict {
  failing: Finding[]
  accepted: { finding: Finding; reason: string }[]
  /** Low and informational findings: printed, never failing. */
  notes: Finding[]
  /** Exceptions (check and file) that matched no finding. */
  stale: { check: string; file: string }[]
}

const SERIOUS = new Set(['HIGH', 'MEDIUM'])

export function judge(findings: readonly Finding[], exceptions: readonly AcceptedException[]): Verdict {
  const verdict: Verdict = { failing: [], accepted: [], notes: [], stale: [] }
  const used = new Set<string>()
  for (const finding of findings) {
    if (!SERIOUS.has(finding.severity)) {
      verdict.notes.push(finding)
      continue
    }
    const exception = exceptions.find((candidate) => candidate.file === finding.file && candidate.checks.includes(finding.id))
    if (!exception) {
      verdict.failing.push(finding)
      continue
    }
    used.add(`${finding.id} ${finding.file}`)
    verdict.accepted.push({ finding, reason: exception.reason })
  }
  for (const exception of exceptions) {
    for (const check of exception.checks) {
      if (!used.has(`${check} ${exception.file}`)) verdict.stale.push({ check, file: exception.file })
    }
  }
  return verdict
}

export function passes(verdict: Verdict): boolean {
  return verdict.failing.length === 0 && verdict.stale.length === 0
}

/** A policy's findings from Google's CSP Evaluator (as Electronegativity bundles it): severity name and text. */
export interface PolicyFinding {
  severity: string
  directive: string
  description: string
}

/** The evaluator's severities that fail the audit: certain weaknesses, syntax errors and likely bypasses. */
const FAILING_POLICY_SEVERITIES = new Set(['HIGH', 'SYNTAX', 'MEDIUM', 'HIGH_MAYBE'])

export function failingPolicyFindings(findings: readonly PolicyFinding[]): PolicyFinding[] {
  return findings.filter((finding) => FAILING_POLICY_SEVERITIES.has(finding.severity))
}

/**
 * A JavaScript file Electronegativity can read: each window's options as the app computes them,
 * written as the literal `new BrowserWindow({...})` its checks look for (they cannot follow a
 * function call, so the factories' own `new BrowserWindow(optionsFor(...))` tells them nothing).
 */
export function windowOptionsSource(name: string, options: unknown): string {
  return `// The ${name} window's options as the shipped app computes them (src/main/shell/window-options.ts).\nnew BrowserWindow(${JSON.stringify(options, null, 2)})\n`
}
