// `npm run audit:electron`: Doyensec's Electronegativity over src/ for the installed Electron
// version, offline, then over each window's options as the app computes them (its checks cannot
// follow the factories' function calls), then Google's CSP Evaluator (the one it bundles) over the
// real policy, which its CSP check cannot see because the build writes it into the page.
// Fails on any high or medium finding not accepted, with its reason, in audit-electron-exceptions.json.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { mainWindowOptions, pdfWindowOptions, presenterWindowOptions } from '../src/main/shell/window-options'
import { DEFAULT_WINDOW_STATE } from '../src/main/shell/window-state'
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from '../src/shared/content-security'
import { failingPolicyFindings, judge, passes, windowOptionsSource, type AcceptedException, type Finding, type PolicyFinding } from './audit-electron-verdict'

interface RawIssue {
  id: string
  file: string
  location: { line: number }
  severity: { name: Finding['severity'] }
  description: string
  manualReview?: boolean
}
interface RunResult {
  issues: RawIssue[]
  errors: { file: string; message: string; tolerable: boolean }[]
}
type Run = (options: Record<string, unknown>, forCli: boolean) => Promise<RunResult>
interface CspEvaluatorModule {
  CspParser: new (policy: string) => { csp: unknown }
  CspEvaluator: new (csp: unknown, version: unknown) => { evaluate: () => { severity: number; directive: string; description: string }[] }
  Version: { CSP3: unknown }
  severities: Record<string, number>
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const load = createRequire(import.meta.url)
const electronVersion = (JSON.parse(readFileSync(load.resolve('electron/package.json'), 'utf8')) as { version: string }).version
const exceptions = JSON.parse(readFileSync(join(root, 'scripts', 'audit-electron-exceptions.json'), 'utf8')) as AcceptedException[]

// Offline: Electronegativity asks the network for fresh translations on every run (the English it
// ships is enough) and, in one global check left out below, for Electron's release notes.
const home = dirname(load.resolve('@doyensec/electronegativity/package.json'))
const gotFile = load.resolve('got', { paths: [join(home, 'dist', 'locales')] })
const offline = Object.assign(() => Promise.reject(new Error('the Electron audit runs offline')), { head: () => Promise.reject(new Error('offline')) })
load.cache[gotFile] = { id: gotFile, filename: gotFile, loaded: true, exports: offline } as unknown as NodeJS.Module
process.env['LANG'] = 'en-US'
const run = load('@doyensec/electronegativity') as Run
const csp = load(load.resolve('@doyensec/csp-evaluator', { paths: [home] })) as CspEvaluatorModule

/** The checks that read a `new BrowserWindow({...})`, for the pass over the computed options. */
const WINDOW_CHECKS = ['AffinityJSCheck', 'AuxclickJSCheck', 'BlinkFeaturesJSCheck', 'ContextIsolationJSCheck', 'ExperimentalFeaturesJSCheck', 'InsecureContentJSCheck', 'NodeIntegrationJSCheck', 'PreloadJSCheck', 'RemoteModuleJSCheck', 'SandboxJSCheck', 'WebSecurityJSCheck']

async function scan(input: string, options: Record<string, unknown>, prefix = ''): Promise<{ findings: Finding[]; unreadable: string[] }> {
  const log = console.log
  console.log = (...args: unknown[]) => {
    if (!String(args[0]).startsWith('Could not retrieve updated translations')) log(...args)
  }
  try {
    const result = await run({ input, isRelative: true, electronVersionOverride: electronVersion, ...options }, false)
    return {
      findings: result.issues.map((issue) => ({
        id: issue.id,
        file: issue.file === 'N/A' ? 'N/A' : `${prefix}${issue.file}`,
        line: issue.location.line,
        severity: issue.severity.name,
        description: issue.description,
        manualReview: issue.manualReview === true,
      })),
      unreadable: result.errors.filter((error) => !error.tolerable).map((error) => `${error.file}: ${error.message}`),
    }
  } finally {
    console.log = log
  }
}

function policyFindings(policy: string): PolicyFinding[] {
  const names = Object.fromEntries(Object.entries(csp.severities).map(([name, value]) => [value, name]))
  return new csp.CspEvaluator(new csp.CspParser(policy).csp, csp.Version.CSP3)
    .evaluate()
    .map((finding) => ({ severity: names[finding.severity] ?? String(finding.severity), directive: finding.directive, description: finding.description }))
}

async function main(): Promise<number> {
  const started = Date.now()
  const source = await scan(join(root, 'src'), { excludeFromScan: ['availablesecurityfixesglobalcheck'] })

  const windowsDir = mkdtempSync(join(tmpdir(), 'roundtable-window-options-'))
  let windows: Awaited<ReturnType<typeof scan>>
  try {
    const build = { outDir: join(root, 'out'), packaged: true }
    writeFileSync(join(windowsDir, 'main-window.js'), windowOptionsSource('main', mainWindowOptions(build, DEFAULT_WINDOW_STATE)))
    writeFileSync(join(windowsDir, 'presenter-window.js'), windowOptionsSource('presenter', presenterWindowOptions(build)))
    writeFileSync(join(windowsDir, 'pdf-window.js'), windowOptionsSource('PDF printer', pdfWindowOptions()))
    windows = await scan(windowsDir, { customScan: WINDOW_CHECKS.map((name) => name.toLowerCase()) }, 'window-options/')
  } finally {
    rmSync(windowsDir, { recursive: true, force: true })
  }

  const verdict = judge([...source.findings, ...windows.findings], exceptions)
  const policies = { header: CONTENT_SECURITY_POLICY, meta: META_CONTENT_SECURITY_POLICY }
  const weakPolicies = Object.entries(policies).flatMap(([name, policy]) => failingPolicyFindings(policyFindings(policy)).map((finding) => ({ name, ...finding })))
  const unreadable = [...source.unreadable, ...windows.unreadable]

  console.log(`Electronegativity (Electron ${electronVersion}), offline, over src/ and the windows' computed options:`)
  for (const reason of new Set(verdict.accepted.map((accepted) => accepted.reason))) {
    const findings = verdict.accepted.filter((accepted) => accepted.reason === reason).map(({ finding }) => `${finding.severity} ${finding.id} ${finding.file}:${finding.line}`)
    console.log(`  accepted  ${findings.join(', ')}\n            ${reason}`)
  }
  for (const finding of verdict.notes) console.log(`  note      ${finding.severity} ${finding.id} ${finding.file}:${finding.line} — ${finding.description}`)
  for (const finding of verdict.failing) console.log(`  FAILING   ${finding.severity} ${finding.id} ${finding.file}:${finding.line} — ${finding.description}`)
  for (const { check, file } of verdict.stale) console.log(`  STALE     exception ${check} ${file} matches nothing any more: remove it from scripts/audit-electron-exceptions.json`)
  for (const file of unreadable) console.log(`  UNREAD    ${file}`)
  for (const [name, policy] of Object.entries(policies)) {
    for (const finding of policyFindings(policy)) console.log(`  CSP (${name}) ${finding.severity} ${finding.directive}: ${finding.description}`)
  }
  const ok = passes(verdict) && unreadable.length === 0 && weakPolicies.length === 0
  console.log(`${ok ? 'passed' : 'FAILED'}: ${verdict.failing.length} failing, ${verdict.accepted.length} accepted, ${verdict.notes.length} notes, ${weakPolicies.length} policy weaknesses (${((Date.now() - started) / 1000).toFixed(1)} s)`)
  return ok ? 0 : 1
}

process.exitCode = await main()
