import { describe, expect, it } from 'vitest'
import { unzipSync, strFromU8 } from 'fflate'
import { CATALOGS } from '../../../../src/shared/i18n/catalog'
import { townHallReportFile } from '../../../../src/shared/townhall/report/exports'
import { buildTownHallReport } from '../../../../src/shared/townhall/report/model'
import { renderTownHallReportHtml } from '../../../../src/shared/townhall/report/html'
import { startApp } from '../../../helpers/app'
import { AUSTIN_TOWN_HALL, playAustinTownHall } from '../../../helpers/played-townhall'
import { HOSTILE } from '../../../helpers/played-session'
import { useTempDirs } from '../../../helpers/temp-dir'

const tempDir = useTempDirs()
let tick = 0
const clock = () => new Date(Date.UTC(2026, 10, 13, 0, 30) + 20_000 * tick++)

async function played(options: { hostile?: string; finish?: boolean } = {}) {
  const { call, store } = startApp(tempDir(), { clock, exampleSession: false })
  const playedTownHall = await playAustinTownHall(call, clock, options)
  const input = await call('townHalls.reportInput', { id: playedTownHall.townHallId })
  return { call, store, input, ...playedTownHall }
}

describe('the town-hall report', () => {
  it('sums up the concerns by theme as groups.ts counts them, with at most three quotes, names only where given', async () => {
    const { input, store } = await played()
    store.close()
    const report = buildTownHallReport(input, 'en')
    expect(report.title).toBe(AUSTIN_TOWN_HALL)
    expect(report.cover).toMatchObject({ areas: 'Austin (25)', attendance: '132 people (150 expected)', languages: 'English and Spanish' })
    expect(report.cover.panel).toContain('Cmdr. Denise Howard — Police District Community Policing Office (sample)')
    // 42 said, one hidden: 41 shown, in 41 - 10 merged away = 31 groups.
    expect(report.summaryLine).toBe('41 things were said and recorded; 31 once duplicates are merged.')
    const safety = report.themes.find((t) => t.name === 'Safety')!
    // The hidden item does not count: shootings (3), Michele Clark, mediators, praise, block club.
    expect(safety.count).toBe(7)
    expect(report.themes[0]!.name).toBe('Safety')
    for (const theme of report.themes) expect(theme.quotes.length).toBeLessThanOrEqual(3)
    expect(safety.quotes[0]).toEqual({ text: expect.stringMatching(/^Shootings near Chicago and Laramie/), speaker: 'Marcus Hill', count: 3 })
    expect(report.themes.find((t) => t.name === 'Transit')!.quotes[0]).toMatchObject({ speaker: 'Patricia Young', count: 2 })
    expect(report.themes.flatMap((t) => t.quotes).filter((q) => q.text.startsWith('The alley lights'))).toEqual([{ text: expect.any(String), speaker: 'anonymous', count: 3 }])
    expect(JSON.stringify(report)).not.toContain('Menard')
    expect(report.themes.at(-1)).toMatchObject({ name: 'No theme yet', count: 3 })

    expect(report.faq).toHaveLength(8)
    // A concern merged with a question is asked as the question.
    expect(report.faq[0]).toMatchObject({ question: 'What is the city doing about the shootings on Chicago Avenue on weekends?', theme: 'Safety', count: 3, by: 'Andre Wallace, Austin Safe Blocks (sample)' })
    expect(report.followUps.map((f) => [f.owner, f.due])).toEqual([
      ['Westside Mental Health Partners (sample)', '2026-11-30'],
      ['Department of Streets and Sanitation (sample)', '2026-12-01'],
      ['Public Schools Safe Passage (sample)', '2026-12-10'],
      ['Department of Transportation (sample)', '2026-12-15'],
      ['Department of Transportation (sample)', '2027-01-15'],
    ])
    expect(report.followUps[0]!.dueWords).toBe('Nov 30, 2026')
    const policing = report.resources.find((r) => r.theme === 'Policing')!
    expect(policing.services).toEqual([])
    expect(policing.organizations[0]!.name).toBe('Police District Community Policing Office (sample)')
    const safetyServices = report.resources.find((r) => r.theme === 'Safety')!.services
    expect(safetyServices).toHaveLength(3)
    for (const service of safetyServices) {
      expect(service.hours).not.toBe('')
      expect(service.languages).not.toBe('')
      expect(service.contact).toMatch(/\(\d{3}\) 555-/)
    }
    expect(report.gaps).toEqual([{ theme: 'Transit', count: 3 }])
    expect(report.items).toHaveLength(41)
    expect(report.items[1]).toMatchObject({ number: 2, group: 1, count: 3, theme: 'Safety', kind: 'Concern', language: 'Spanish', speaker: '', place: 'Mic 2', answeredBy: 'Andre Wallace, Austin Safe Blocks (sample)' })
  }, 60_000)

  it('reads in Spanish: starter themes, kinds, dates and hours in Spanish, the room’s words as said', async () => {
    const { input, store } = await played({ finish: false })
    store.close()
    const report = buildTownHallReport(input, 'es')
    expect(report.themes.map((t) => t.name)).toContain('Alumbrado y lotes baldíos')
    // A language's name is lower case mid-phrase in Spanish; the cell it starts takes a capital.
    expect(report.cover).toMatchObject({ date: '12 de noviembre de 2026', attendance: '132 personas (se esperaban 150)', languages: 'Inglés y español' })
    expect(report.items[1]!.language).toBe('Español')
    const services = report.resources.flatMap((r) => r.services)
    expect(services.length).toBeGreaterThan(0)
    for (const { languages } of services) expect(languages).toBe(languages.charAt(0).toUpperCase() + languages.slice(1).toLocaleLowerCase('es'))
    expect(services.some((s) => / y /.test(s.languages))).toBe(true)
    expect(report.summaryLine).toBe('Se dijeron y registraron 41 cosas; 31 sin contar los duplicados.')
    expect(report.themes.flatMap((t) => t.quotes).some((q) => q.speaker === 'anónimo')).toBe(true)
    expect(report.gaps).toEqual([{ theme: CATALOGS.es['townHall.theme.transit'], count: 3 }])
    expect(report.items[0]!.kind).toBe('Inquietud')
    const html = renderTownHallReportHtml(report)
    expect(html).toContain('<html lang="es">')
    expect(html).toContain('<h2 id="faq-title">Preguntas respondidas</h2>')
    expect(html).toContain('Borrador: la asamblea no ha terminado')
    expect(html).toMatch(/lun–vie \d\d:\d\d–\d\d:\d\d|24 horas, todos los días|De guardia/)
  }, 60_000)

  it('prints hostile words as text and neutralizes them in every spreadsheet', async () => {
    const { input, store } = await played({ hostile: HOSTILE })
    store.close()
    const html = String((await townHallReportFile(input, 'en', 'html')).content)
    expect(html).not.toContain('<script>alert(1)</script>')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    // Its speaker gave a name, so it is printed — as text.
    expect(html).toMatch(/<span class="who">— =HYPERLINK\(&quot;http:\/\/x&quot;\) &lt;script&gt;/)
    const csv = String((await townHallReportFile(input, 'en', 'items-csv')).content)
    expect(csv.startsWith('\uFEFF#,Group,Times raised,Theme,Kind,What was said')).toBe(true)
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")`)
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m)
    const followUps = String((await townHallReportFile(input, 'en', 'followups-csv')).content)
    expect(followUps.split('\r\n')[1]).toMatch(/^Mi hijo tiene pesadillas.*,Mental health,1,Westside Mental Health Partners \(sample\),2026-11-30$/)
    const xlsx = await townHallReportFile(input, 'es', 'xlsx')
    expect(xlsx.fileName).toBe('2026-11-12-austin-community-safety-town-hall-informe.xlsx')
    const files = unzipSync(xlsx.content as Uint8Array)
    const strings = strFromU8(files['xl/sharedStrings.xml'] ?? new Uint8Array())
    const sheets = Object.keys(files).filter((f) => f.startsWith('xl/worksheets/sheet'))
    expect(sheets).toHaveLength(3)
    const all = strings + sheets.map((f) => strFromU8(files[f]!)).join('')
    expect(all).toContain("'=HYPERLINK")
    expect(all).not.toMatch(/<f>/)
  }, 60_000)

  it('keeps the resources as they were when the town hall finished; reopened, it reads the inventory again', async () => {
    const { call, store, input, townHallId } = await played()
    expect(input.kept).toBe(true)
    const picked = input.services[0]!
    const service = await call('inventory.getService', { id: picked.id })
    const { id: _id, createdAt: _c, updatedAt: _u, source: _s, ...draft } = service
    await call('inventory.saveService', { ...draft, id: picked.id, name: 'Renamed after the evening' })
    const names = async () => buildTownHallReport(await call('townHalls.reportInput', { id: townHallId }), 'en').resources.flatMap((r) => r.services.map((s) => s.name))
    expect(await names()).toContain(picked.name)
    expect(await names()).not.toContain('Renamed after the evening')
    await call('townHalls.setStatus', { id: townHallId, status: 'running' })
    expect((await call('townHalls.reportInput', { id: townHallId })).kept).toBe(false)
    expect(await names()).toContain('Renamed after the evening')
    store.close()
  }, 60_000)

  it('reads right for a town hall where nothing was said yet', async () => {
    const { call, store } = startApp(tempDir(), { clock, exampleSession: false })
    const townHall = await call('townHalls.create', { title: 'Empty <b>room</b>', areaNumbers: [25, 26], date: '2026-12-01' })
    const input = await call('townHalls.reportInput', { id: townHall.id })
    store.close()
    const report = buildTownHallReport(input, 'en')
    expect(report).toMatchObject({ running: true, summaryLine: 'Nothing was recorded.', themes: [], faq: [], followUps: [], resources: [], gaps: [], items: [] })
    expect(report.cover).toMatchObject({ areas: 'Austin (25) and West Garfield Park (26)', attendance: '', panel: [] })
    const html = renderTownHallReportHtml(report)
    expect(html).toContain('<title>Empty &lt;b&gt;room&lt;/b&gt; — Town hall report</title>')
    expect(html).toContain('No question was answered.')
    expect(html).toContain('Every theme the room raised has a resource that answers it.')
    expect(String((await townHallReportFile(input, 'es', 'items-csv')).content)).toBe('\uFEFFN.º,Grupo,Veces planteado,Tema,Tipo,Lo que se dijo,Idioma,Persona,Mesa o micrófono,Hora,Respuesta,Respondió,Responsable,Fecha límite\r\n')
  })
})
