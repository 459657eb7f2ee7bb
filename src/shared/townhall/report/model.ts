// A town hall's report, as data: the cover, the concerns by theme with their counts and a few of
// the room's own words, the answered questions as an FAQ, the open follow-ups, the resources each
// theme has and the themes that have none — every word in the chosen language. Pure: the HTML,
// the spreadsheets and the command line all read this one model, and count as groups.ts does.
import { COMMUNITY_AREA_SEEDS } from '../../community-area-list'
import { formatMessage } from '../../i18n/format'
import type { Language, MessageKey, MessageValues } from '../../i18n/catalog'
import { calendarDayWords } from '../../i18n/calendar-day'
import { atStartOfSentence } from '../../i18n/sentence-case'
import { categoryLabelIn } from '../../i18n/taxonomy-words'
import { languageLabel } from '../../inventory/languages'
import type { Theme, TownHallItem } from '../document'
import { itemGroups, mostRaised, themeGaps, type ItemGroup } from '../groups'
import type { TownHallReportInput } from './input'
import { contactOf, scheduleIn, themeNameIn } from './words'

/** At most this many of the room's own words under each theme. */
export const QUOTES_PER_THEME = 3

export interface ReportQuote {
  text: string
  /** The speaker's name where they agreed to give it, else "anonymous". */
  speaker: string
  count: number
}

export interface ReportThemeSummary {
  name: string
  count: number
  quotes: ReportQuote[]
}

export interface ReportFaqEntry {
  question: string
  theme: string
  count: number
  answer: string
  by: string
}

export interface ReportFollowUp {
  item: string
  theme: string
  count: number
  owner: string
  /** yyyy-mm-dd, or '' when no date was given. */
  due: string
  dueWords: string
}

export interface ReportResourceTheme {
  theme: string
  services: { name: string; organization: string; category: string; hours: string; languages: string; contact: string }[]
  organizations: { name: string; contact: string }[]
}

export interface ReportItemRow {
  number: number
  group: number
  count: number
  theme: string
  kind: string
  text: string
  language: string
  speaker: string
  place: string
  time: string
  answer: string
  answeredBy: string
  followUpOwner: string
  due: string
}

export interface TownHallReport {
  language: Language
  title: string
  running: boolean
  cover: { date: string; place: string; areas: string; topics: string; attendance: string; languages: string; panel: string[] }
  summaryLine: string
  themes: ReportThemeSummary[]
  faq: ReportFaqEntry[]
  followUps: ReportFollowUp[]
  resources: ReportResourceTheme[]
  gaps: { theme: string; count: number }[]
  items: ReportItemRow[]
}

const AREA_NAMES = new Map(COMMUNITY_AREA_SEEDS.map((a) => [a.number, a.name]))

export function buildTownHallReport(input: TownHallReportInput, language: Language, timeZone = 'America/Chicago'): TownHallReport {
  const t = (key: MessageKey, values?: MessageValues) => formatMessage(language, key, values)
  const { townHall, document } = input
  const dayOf = calendarDayWords(language, 'long')
  const shortDay = calendarDayWords(language, 'medium')
  const timeWords = new Intl.DateTimeFormat(language, { timeStyle: 'short', timeZone })
  const list = new Intl.ListFormat(language, { type: 'conjunction' })
  const organizations = new Map(input.organizations.map((o) => [o.id, o]))
  const services = new Map(input.services.map((s) => [s.id, s]))
  const themes = new Map(document.themes.map((theme) => [theme.id, theme]))
  const themeName = (theme: Theme | undefined) => (theme ? themeNameIn(language, theme) : t('townHallReport.noTheme'))
  const themeOf = (item: TownHallItem) => (item.themeId !== undefined ? themes.get(item.themeId) : undefined)
  const speaker = (item: TownHallItem) => item.speaker?.name ?? t('townHallReport.anonymous')
  // A group reads as its first shown words; for a question's answer, its first question.
  const words = (group: ItemGroup, kind?: TownHallItem['kind']) => (group.shown.find((i) => i.kind === kind) ?? group.shown[0] ?? group.lead).text
  const answeredBy = (answer: NonNullable<TownHallItem['answer']>) => {
    const panelist = answer.panelistId ? document.panel.find((p) => p.id === answer.panelistId) : undefined
    const organization = panelist?.organizationName.trim() ?? ''
    return [answer.by.trim(), organization && !answer.by.includes(organization) ? organization : ''].filter(Boolean).join(', ')
  }
  const ownerOf = (followUp: NonNullable<TownHallItem['followUp']>) =>
    (followUp.ownerOrganizationId ? organizations.get(followUp.ownerOrganizationId)?.name : undefined) ?? followUp.ownerName

  const groups = itemGroups(document)
  const raised = mostRaised(document)

  const summary = raised.map(
    (entry): ReportThemeSummary => ({
      name: themeName(entry.theme),
      count: entry.count,
      quotes: [...entry.groups]
        .sort((a, b) => b.count - a.count)
        .slice(0, QUOTES_PER_THEME)
        .map((group) => {
          const item = group.shown[0]!
          return { text: item.text, speaker: speaker(item), count: group.count }
        }),
    }),
  )

  const faq = groups
    .filter((group) => group.lead.answer !== undefined)
    .map((group): ReportFaqEntry => ({ question: words(group, 'question'), theme: themeName(themeOf(group.lead)), count: group.count, answer: group.lead.answer!.text, by: answeredBy(group.lead.answer!) }))

  const followUps = groups
    .filter((group) => group.lead.followUp !== undefined)
    .map((group): ReportFollowUp => {
      const followUp = group.lead.followUp!
      return { item: words(group), theme: themeName(themeOf(group.lead)), count: group.count, owner: ownerOf(followUp), due: followUp.due ?? '', dueWords: followUp.due ? shortDay(followUp.due) : t('townHallReport.noDate') }
    })
    .sort((a, b) => (a.due || '9999').localeCompare(b.due || '9999'))

  const resources = document.themes
    .filter((theme) => theme.serviceIds.some((id) => services.has(id)) || theme.organizationIds.some((id) => organizations.has(id)))
    .map(
      (theme): ReportResourceTheme => ({
        theme: themeName(theme),
        services: theme.serviceIds.flatMap((id) => {
          const service = services.get(id)
          if (!service) return []
          const provider = organizations.get(service.organizationId)
          return [
            {
              name: service.name,
              organization: provider?.name ?? '',
              category: categoryLabelIn(language, service.category),
              hours: scheduleIn(language, service.schedule),
              // Each of these starts a cell: a capital there, the names after it as they read mid-sentence ("Inglés y español").
              languages: atStartOfSentence(list.format(service.languages.map((code) => languageLabel(code, language))), language),
              contact: contactOf(provider),
            },
          ]
        }),
        organizations: theme.organizationIds.flatMap((id) => {
          const organization = organizations.get(id)
          return organization ? [{ name: organization.name, contact: contactOf(organization) }] : []
        }),
      }),
    )

  const groupNumber = new Map(groups.map((group, index) => [group.lead.id, index + 1]))
  const groupOf = new Map(groups.flatMap((group) => group.items.map((item) => [item.id, group] as const)))
  const items = document.items
    .filter((item) => !item.hidden && groupOf.has(item.id))
    .map((item, index): ReportItemRow => {
      const group = groupOf.get(item.id)!
      const { answer, followUp } = group.lead
      return {
        number: index + 1,
        group: groupNumber.get(group.lead.id)!,
        count: group.count,
        theme: themeOf(group.lead) ? themeName(themeOf(group.lead)) : '',
        kind: t('townHallReport.kindName', { kind: item.kind }),
        text: item.text,
        language: atStartOfSentence(t('townHallReport.roomLanguage', { language: item.language }), language),
        speaker: item.speaker?.name ?? '',
        place: item.place ?? '',
        time: timeWords.format(new Date(item.at)),
        answer: answer?.text ?? '',
        answeredBy: answer ? answeredBy(answer) : '',
        followUpOwner: followUp ? ownerOf(followUp) : '',
        due: followUp?.due ?? '',
      }
    })

  const areas = townHall.areaNumbers.map((n) => `${AREA_NAMES.get(n) ?? n} (${n})`)
  const attended = document.attendance
  return {
    language,
    title: townHall.title,
    running: townHall.status !== 'finished',
    cover: {
      date: dayOf(townHall.date),
      place: townHall.place,
      areas: list.format(areas),
      topics: townHall.topics,
      attendance:
        attended === 0 && townHall.expectedAttendance === null
          ? ''
          : townHall.expectedAttendance !== null
            ? t('townHallReport.attendanceExpected', { count: attended, expected: townHall.expectedAttendance })
            : t('townHallReport.attendance', { count: attended }),
      languages: atStartOfSentence(list.format(townHall.languages.map((l) => t('townHallReport.roomLanguage', { language: l }))), language),
      panel: document.panel.map((p) => (p.organizationName.trim() ? `${p.name} — ${p.organizationName}` : p.name)),
    },
    summaryLine: t('townHallReport.summaryLine', { items: items.length, distinct: groups.length }),
    themes: summary,
    faq,
    followUps,
    resources,
    gaps: themeGaps(document).map((entry) => ({ theme: themeName(entry.theme), count: entry.count })),
    items,
  }
}
