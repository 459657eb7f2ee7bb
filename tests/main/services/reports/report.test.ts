import { unzipSync, strFromU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import { buildReport } from '../../../../src/shared/report/model'
import { renderReportHtml } from '../../../../src/shared/report/html'
import { defaultReportOptions, REPORT_SECTIONS } from '../../../../src/shared/report/options'
import { gapSheet, planSheet, sheetCsv, sheetsXlsx } from '../../../../src/shared/report/sheets'
import { newScenario } from '../../../../src/shared/scenario/template'
import { startApp, TEST_NOW } from '../../../helpers/app'
import { HOSTILE, playSchoolSession } from '../../../helpers/played-session'
import { useTempDirs } from '../../../helpers/temp-dir'

const tempDir = useTempDirs()
const clock = () => TEST_NOW

describe('the report of a played session', () => {
  it('has every section with what the room did, counted exactly', async () => {
    const { call, store } = startApp(tempDir(), { clock })
    const { sessionId } = await playSchoolSession(call, clock)
    const input = await call('reports.input', { id: sessionId })
    expect(input.kept).toBe(true)
    const report = buildReport(input, { ...defaultReportOptions('en'), people: 'names', contacts: true })

    expect(report.sections).toEqual(REPORT_SECTIONS)
    expect(report.running).toBe(false)
    expect(report.title).toBe('A fight at school dismissal, and a video that spreads')
    expect(report.overview).toMatchObject({ area: 'North Lawndale', date: 'October 3, 2026', facilitator: 'Rosa Delgado', participantsLine: '3 people from 3 organizations' })
    expect(report.overview.summary).toContain('Collins Academy')
    expect(report.overview.byKind.map((k) => k.kind)).toEqual(['City department', 'School', 'Street outreach'])
    expect(report.objectives.map((o) => o.rating)).toEqual(['S: performed with some challenges', 'M: performed with major challenges', 'Not rated'])
    expect(report.objectives[0]!.reason).toBe('Outreach moved fast; the school was not in the loop.')

    expect(report.timeline.map((m) => m.title)).toEqual(['Module 1: Thursday, 3:10 pm', 'Module 2: Thursday night, 9 pm'].map((t) => expect.stringContaining(t.slice(0, 9))))
    expect(report.timeline[0]!.injects).toHaveLength(1)
    expect(report.timeline[0]!.injects[0]!.entries.map((e) => `${e.kindLabel}: ${e.text} — ${e.organization}`)).toEqual([
      'Note: Safe Passage saw the two groups leave toward Ogden. — Public Schools Safe Passage (sample)',
      'Decision: Peace Walkers call both families tonight. — West Side Peace Walkers (sample)',
    ])
    expect(report.timeline[1]!.injects[0]!.entries.map((e) => e.text)).toEqual(['Nobody owns the video takedown request.'])

    // Two modules reached: their needs are assessed; the one covered has a resource, amounts and a lead.
    const reachedNeeds = input.scenario.modules.slice(0, 2).flatMap((m) => m.needs).length
    expect(input.snapshot.assessments).toHaveLength(reachedNeeds)
    expect(report.gaps.map((g) => g.number)).toEqual(report.gaps.map((_, i) => i + 1))
    expect(report.gaps.every((g) => g.reasons.length > 0)).toBe(true)
    expect(report.committed).toEqual([{ resource: 'Retaliation mediation', organization: 'West Side Peace Walkers (sample)', need: expect.stringContaining('Mediators'), amount: expect.stringMatching(/^2\b/), hours: 'Thu 17:00-21:00' }])
    expect(report.analysis.map((a) => [a.strengths.length, a.improvements.length])).toEqual([
      [1, 0],
      [0, 1],
    ])
    expect(report.plan[0]).toEqual({
      action: 'Write a shared after-hours call list for the school, outreach and CPD district.',
      owner: 'West Side Peace Walkers (sample)',
      contact: 'Dana Reyes',
      element: 'Planning',
      start: '2026-10-10',
      due: '2026-11-15',
      priority: 'High',
      status: 'Open',
    })
    expect(report.parkingLot.map((e) => e.text)).toEqual(['Bus route changes on Ogden: ask CTA.'])
    expect(report.map.nodes.map((n) => n.code)).toEqual(['O1', 'O2', 'O3', 'R1', ...Array.from({ length: reachedNeeds }, (_, i) => `N${i + 1}`)])
    // Contacts: only the one given with consent, and only when chosen.
    const contacts = report.appendix.flatMap((a) => a.people.map((p) => p.contact)).filter(Boolean)
    expect(contacts).toEqual(['dana@example.org'])
    const withoutNames = buildReport(input, defaultReportOptions('en'))
    expect(withoutNames.appendix.flatMap((a) => a.people.map((p) => p.name + p.contact)).join('')).toBe('')
    store.close()
  })

  it('stays as it was when the session finished, whatever happens to the inventory after', async () => {
    const { call, store } = startApp(tempDir(), { clock })
    const { sessionId, mediationServiceId } = await playSchoolSession(call, clock)
    const before = renderReportHtml(buildReport(await call('reports.input', { id: sessionId }), defaultReportOptions('en')))
    await call('inventory.deleteService', { id: mediationServiceId })
    const after = renderReportHtml(buildReport(await call('reports.input', { id: sessionId }), defaultReportOptions('en')))
    expect(after).toBe(before)
    expect(after).toContain('Retaliation mediation')
    // Reopened, the session reads the live inventory again: the deleted resource is gone from its report.
    await call('sessions.setStatus', { id: sessionId, status: 'paused' })
    const live = await call('reports.input', { id: sessionId })
    expect(live.kept).toBe(false)
    expect(buildReport(live, defaultReportOptions('en')).committed[0]!.resource).toBe('')
    store.close()
  })

  it('keeps hostile text as text in HTML, CSV and XLSX, and words every label in Spanish when asked', async () => {
    const { call, store } = startApp(tempDir(), { clock })
    const { sessionId } = await playSchoolSession(call, clock, { hostile: true })
    const input = await call('reports.input', { id: sessionId })
    const report = buildReport(input, defaultReportOptions('es'))
    const html = renderReportHtml(report)
    expect(html).not.toContain('<script>alert(1)</script>')
    expect(html).toContain('=HYPERLINK(&quot;http://x&quot;) &lt;script&gt;alert(1)&lt;/script&gt; مرحبا 👋🏽')
    expect(html).toContain('<h2 id="gaps-title">Brechas</h2>')
    expect(html).toContain('Plan de mejora')
    expect(html).toContain('3 de octubre de 2026')

    const plan = planSheet(report)
    const csv = sheetCsv(plan)
    expect(csv.startsWith('\uFEFFAcción correctiva,')).toBe(true)
    expect(csv).toContain(`"'${HOSTILE.replace(/"/g, '""')}"`)
    const xlsx = unzipSync(await sheetsXlsx([gapSheet(report), plan]))
    const strings = Object.entries(xlsx)
      .filter(([name]) => name.startsWith('xl/'))
      .map(([, bytes]) => strFromU8(bytes))
      .join('\n')
    expect(strings).toContain(`<t>'=HYPERLINK("http://x") &lt;script&gt;`)
    expect(strings).not.toContain('<f>')
    expect(strings).toContain('Brechas')
    // The header row is frozen on each sheet.
    expect(strFromU8(xlsx['xl/worksheets/sheet1.xml']!)).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/)
    store.close()
  })
})

describe('a category the facilitator added', () => {
  it('reads in Spanish in a Spanish report when given a Spanish name, and keeps its words after it is gone', async () => {
    const { call, store } = startApp(tempDir(), { clock })
    const added = await call('inventory.addCategory', { label: 'Block walks', labelEs: 'Caminatas por la cuadra', group: 'outreach' })
    expect(added).toMatchObject({ id: 'block-walks', labelEs: 'Caminatas por la cuadra', custom: true })
    expect((await call('inventory.listCategories', {})).find((c) => c.id === 'block-walks')).toMatchObject({ labelEs: 'Caminatas por la cuadra' })
    const scenario = newScenario('7b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e', 'en', 26)
    scenario.modules[0]!.needs[0]!.category = 'block-walks'
    await call('scenarios.save', { scenario })
    const session = await call('sessions.create', { scenarioId: scenario.id, areaNumber: 26, date: '2026-10-03', variables: {} })
    await call('sessions.setStatus', { id: session.id, status: 'running' })
    await call('sessions.setStatus', { id: session.id, status: 'finished' })
    const input = await call('reports.input', { id: session.id })
    expect(input.snapshot.categories['block-walks']).toEqual({ en: 'Block walks', es: 'Caminatas por la cuadra' })
    expect(buildReport(input, defaultReportOptions('es')).gaps[0]!.category).toBe('Caminatas por la cuadra')
    expect(buildReport(input, defaultReportOptions('en')).gaps[0]!.category).toBe('Block walks')
    expect(input.snapshot.categories['street-outreach']).toBeUndefined()
    store.close()
  })
})
