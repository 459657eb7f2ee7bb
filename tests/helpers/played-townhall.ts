// A town hall played through the real services as a note-taker would run it: Austin (25), an
// evening in English and Spanish — 42 things said (duplicates merged, one hidden by moderation),
// themed, eight answered by the panel, five follow-ups with owners and dates, services picked
// from the starter inventory for most themes, the police district named for policing, and transit
// left with nothing that answers it (a gap). The example town hall that ships is this one.
import { addPanelist, answerItem, captureItem, mergeItems, setAttendance, setFollowUp, setHidden, toggleThemeAnswer, type TownHallAction } from '../../src/shared/townhall/actions'
import type { ItemKind, TownHallDocument } from '../../src/shared/townhall/document'
import type { StarterThemeKey } from '../../src/shared/townhall/themes'
import type { startApp } from './app'

type Call = ReturnType<typeof startApp>['call']

export const AUSTIN_TOWN_HALL = 'Austin community safety town hall'

type Said = [text: string, kind: ItemKind, language: 'en' | 'es', theme: StarterThemeKey | null, speaker?: string | undefined, place?: string | undefined]

/** What the room said, in order; `merge` groups name the items (by index) that were duplicates. */
export const AUSTIN_ITEMS: Said[] = [
  ['Shootings near Chicago and Laramie every weekend this summer. We need outreach workers out at night, not just in the daytime.', 'concern', 'en', 'safety', 'Marcus Hill', 'Table 3'],
  ['Balaceras cerca de Chicago y Laramie todos los fines de semana. Necesitamos trabajadores de alcance en la noche.', 'concern', 'es', 'safety', undefined, 'Mic 2'],
  ['What is the city doing about the shootings on Chicago Avenue on weekends?', 'question', 'en', 'safety', undefined, 'Mic 1'],
  ['My kids cannot walk to Michele Clark without crossing a gang line. Safe Passage should start earlier.', 'concern', 'en', 'safety', 'Tanya Brooks', 'Table 1'],
  ['¿Hay mediadores de conflictos que hablen español en Austin?', 'question', 'es', 'safety', 'Rosa Martínez', 'Mic 2'],
  ['Thank you to the peace walkers on Central Avenue, it has been calmer since they started.', 'praise', 'en', 'safety'],
  ['The alley lights behind the 5000 block of West Madison have been out for three months.', 'concern', 'en', 'lighting', undefined, 'Table 4'],
  ['Las luces del callejón detrás de Madison están apagadas desde agosto.', 'concern', 'es', 'lighting', undefined, 'Table 6'],
  ['Alley light out behind Madison and Cicero, reported twice to 311 and nothing happened.', 'concern', 'en', 'lighting', 'Earl Washington', 'Mic 1'],
  ['The vacant lot at Lake and Waller is full of tires and people use it to hide.', 'concern', 'en', 'lighting', 'Gloria Jenkins', 'Table 2'],
  ['Who do I call about a vacant building where people go in at night?', 'question', 'en', 'lighting', undefined, 'Mic 1'],
  ['El edificio abandonado en la calle Pine es peligroso para los niños.', 'concern', 'es', 'lighting', undefined, 'Table 6'],
  ['Our teenagers need jobs all year, not just in July.', 'suggestion', 'en', 'youth', 'Deacon Ray Moore', 'Table 5'],
  ['Necesitamos más programas para los jóvenes después de la escuela.', 'suggestion', 'es', 'youth', undefined, 'Table 6'],
  ['When do applications open for the summer youth jobs?', 'question', 'en', 'youth', undefined, 'Mic 1'],
  ['¿Cuándo abren las solicitudes de empleo de verano para jóvenes?', 'question', 'es', 'youth', undefined, 'Mic 2'],
  ['Keep the Columbus Park field house open later on Fridays.', 'suggestion', 'en', 'youth', undefined, 'Table 2'],
  ['Kids have nowhere to go after 6 pm.', 'concern', 'en', 'youth', undefined, 'Table 3'],
  ['After my nephew was shot nobody called our family. Where do families get counseling?', 'question', 'en', 'mentalHealth', 'Linda Carter', 'Mic 1'],
  ['Mi hijo tiene pesadillas desde el tiroteo. ¿Hay consejeros que hablen español?', 'question', 'es', 'mentalHealth', undefined, 'Mic 2'],
  ['A crisis team that is not the police, for people in a mental health crisis.', 'suggestion', 'en', 'mentalHealth', undefined, 'Table 4'],
  ['The schools need counselors, not only security guards.', 'concern', 'en', 'mentalHealth', undefined, 'Table 1'],
  ['We called 911 and waited 40 minutes for a car to come.', 'concern', 'en', 'policing', undefined, 'Mic 1'],
  ['Esperamos 40 minutos a que llegara la policía.', 'concern', 'es', 'policing', undefined, 'Mic 2'],
  ['Will the district hold beat meetings in Spanish?', 'question', 'en', 'policing', undefined, 'Table 6'],
  ['Officers should get out of their cars and know the block.', 'suggestion', 'en', 'policing', 'Harold Simmons', 'Table 5'],
  ['Landlords are not fixing back doors and locks; people break in through the gangway.', 'concern', 'en', 'housing', undefined, 'Table 2'],
  ['¿Hay ayuda para familias que tienen que mudarse después de un tiroteo?', 'question', 'es', 'housing', undefined, 'Mic 2'],
  ['Rents are going up and the block is emptying out.', 'concern', 'en', 'housing', undefined, 'Table 3'],
  ['The bus stop at Central and Chicago has no light and no shelter; people wait in the dark.', 'concern', 'en', 'transit', 'Patricia Young', 'Table 4'],
  ['La parada del autobús en Cicero está oscura y da miedo en la noche.', 'concern', 'es', 'transit', undefined, 'Table 6'],
  ['Can the Green Line station at Laramie have a security guard at night?', 'question', 'en', 'transit', undefined, 'Mic 1'],
  ['Fly dumping in the alley behind Laramie and Lake every week.', 'concern', 'en', 'sanitation', undefined, 'Table 2'],
  ['Tiran basura y llantas en el callejón de la calle Lake.', 'concern', 'es', 'sanitation', undefined, 'Table 6'],
  ['The gang tags on the Lake Street viaduct need to come off fast.', 'concern', 'en', 'sanitation', undefined, 'Table 5'],
  ['Abandoned cars on Lotus Avenue for months.', 'concern', 'en', 'sanitation', undefined, 'Table 3'],
  ['Thank you for holding this in the evening so working people can come.', 'praise', 'en', null],
  ['Can the next town hall be on a Saturday morning?', 'suggestion', 'en', null, undefined, 'Table 1'],
  ['That family on Menard is the whole problem, everybody knows it.', 'concern', 'en', 'safety', undefined, 'Mic 1'],
  ['Necesitamos intérpretes en todas las reuniones de la ciudad.', 'suggestion', 'es', null, undefined, 'Mic 2'],
  ['How do we start a block club on our street?', 'question', 'en', 'safety', undefined, 'Table 5'],
  ['Gracias a los consejeros del hospital que atendieron a mi hija.', 'praise', 'es', 'mentalHealth', undefined, 'Table 6'],
]

const MERGES = [
  [0, 1, 2],
  [6, 7, 8],
  [10, 11],
  [14, 15],
  [16, 17],
  [22, 23],
  [29, 30],
  [32, 33],
]
const HIDDEN = [38]

const PANEL = [
  ['Cmdr. Denise Howard', 'Police District Community Policing Office (sample)'],
  ['Andre Wallace', 'Austin Safe Blocks (sample)'],
  ['Dr. Mei Lin', 'Department of Public Health (sample)'],
  ['Carla Ruiz', 'Department of Family and Support Services (sample)'],
  ['James Porter', 'Department of Buildings (sample)'],
] as const

/** Answers by item index: the words, and the panelist (by index in PANEL). */
export const AUSTIN_ANSWERS: [number, string, number][] = [
  [0, 'Austin Safe Blocks adds two night shifts on Fridays and Saturdays, 8 pm to 2 am, from December 1, at Chicago and Laramie first.', 1],
  [4, 'Sí. La Paz de La Villita tiene mediadores que hablan español y vienen a Austin; llamen a la línea de recursos del barrio.', 1],
  [10, 'Call 311 and ask for a vacant building inspection; Buildings boards and secures open buildings within two weeks.', 4],
  [14, 'Applications open in March; the Westside Youth Employment Center helps families apply every Saturday.', 3],
  [18, 'Call the trauma counseling referral line: Public Health connects families to a counselor within two days, in English or Spanish.', 2],
  [24, 'Yes: the district will hold a beat meeting in Spanish on the second Tuesday of each month, starting in January.', 0],
  [27, 'Sí: la Red de Reubicación para Víctimas ayuda a las familias a mudarse de manera segura; pidan la referencia en esta reunión.', 2],
  [40, 'Come to the next beat meeting: the community policing office helps new block clubs with their first meeting and flyers.', 0],
]

/** Follow-ups by item index: the owner (a starter organization) and the date due. */
export const AUSTIN_FOLLOW_UPS: [number, string, string][] = [
  [6, 'Department of Transportation (sample)', '2026-12-15'],
  [19, 'Westside Mental Health Partners (sample)', '2026-11-30'],
  [31, 'Department of Transportation (sample)', '2027-01-15'],
  [9, 'Department of Streets and Sanitation (sample)', '2026-12-01'],
  [3, 'Public Schools Safe Passage (sample)', '2026-12-10'],
]

export interface PlayedTownHall {
  townHallId: string
  /** The item ids, in the order said. */
  itemIds: string[]
  organizations: Map<string, string>
}

export async function playAustinTownHall(call: Call, clock: () => Date, options: { finish?: boolean; hostile?: string } = {}): Promise<PlayedTownHall> {
  const organizations = new Map((await call('inventory.listOrganizations', {})).map((o) => [o.name, o.id]))
  const townHall = await call('townHalls.create', {
    title: AUSTIN_TOWN_HALL,
    areaNumbers: [25],
    date: '2026-11-12',
    place: 'Austin Town Hall Cultural Center, 5610 W Lake St',
    topics: 'Weekend shootings, dark alleys and vacant lots, summer jobs, and getting help after violence.',
    languages: ['en', 'es'],
    expectedAttendance: 150,
  })
  await call('townHalls.setStatus', { id: townHall.id, status: 'running' })
  let { revision, document } = await call('townHalls.state', { id: townHall.id })
  let n = 0
  const context = () => ({ now: clock(), newId: () => `a0570000-0000-4000-8000-${String(++n).padStart(12, '0')}` })
  async function act<P>(action: TownHallAction<P>, params: P): Promise<TownHallDocument> {
    const change = action(document, params, context())
    if (!change) throw new Error(`${action.actionName} changed nothing`)
    ;({ revision } = await call('townHalls.applyChange', { townHallId: townHall.id, baseRevision: revision, label: change.label, patches: change.patches as never, inversePatches: change.inversePatches as never, coalesce: change.coalesce }))
    document = change.document
    return document
  }
  const themeId = (key: StarterThemeKey) => document.themes.find((t) => t.starter === key)!.id
  const panelIds: string[] = []
  for (const [name, organizationName] of PANEL) {
    await act(addPanelist, { name, organizationId: organizations.get(organizationName), organizationName })
    panelIds.push(document.panel[document.panel.length - 1]!.id)
  }

  const said = options.hostile ? [...AUSTIN_ITEMS, [options.hostile, 'concern', 'en', 'transit', options.hostile, '=1+1'] as Said] : AUSTIN_ITEMS
  for (const [text, kind, language, theme, speakerName, place] of said) {
    await act(captureItem, { text, kind, language, speakerName, place, themeId: theme ? themeId(theme) : undefined })
  }
  const itemIds = document.items.map((item) => item.id)
  for (const group of MERGES) await act(mergeItems, { ids: group.map((i) => itemIds[i]!) })
  await act(setHidden, { ids: HIDDEN.map((i) => itemIds[i]!), hidden: true })
  for (const [index, text, panelist] of AUSTIN_ANSWERS) {
    const panel = document.panel.find((p) => p.id === panelIds[panelist])!
    await act(answerItem, { id: itemIds[index]!, text, panelistId: panel.id, by: panel.name })
  }
  for (const [index, owner, due] of AUSTIN_FOLLOW_UPS) {
    await act(setFollowUp, { id: itemIds[index]!, ownerOrganizationId: organizations.get(owner), ownerName: owner, due })
  }

  // What answers each theme: up to three suggested services in Austin; the police district for policing; nothing for transit.
  for (const key of ['safety', 'lighting', 'youth', 'mentalHealth', 'housing', 'sanitation'] as const) {
    const suggested = await call('townHalls.suggestServices', { id: townHall.id, themeId: themeId(key) })
    for (const service of suggested.slice(0, 3)) await act(toggleThemeAnswer, { themeId: themeId(key), kind: 'serviceIds', value: service.id })
  }
  await act(toggleThemeAnswer, { themeId: themeId('policing'), kind: 'organizationIds', value: organizations.get('Police District Community Policing Office (sample)')! })
  await act(setAttendance, { count: 132 })
  if (options.finish !== false) await call('townHalls.setStatus', { id: townHall.id, status: 'finished' })
  return { townHallId: townHall.id, itemIds, organizations }
}
