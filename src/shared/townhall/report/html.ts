// The town hall's report as one printable HTML page through the report kit: a cover, the
// contents, then each section. Every word of the room is escaped: markup and scripts print as text.
import { formatMessage } from '../../i18n/format'
import type { MessageKey, MessageValues } from '../../i18n/catalog'
import { printableDocument } from '../../report-kit/document'
import { escapeHtml as h } from '../../report-kit/escape'
import type { TownHallReport } from './model'

type Words = (key: MessageKey, values?: MessageValues) => string

export const TOWN_HALL_REPORT_SECTIONS = ['summary', 'faq', 'followUps', 'resources', 'gaps'] as const
type Section = (typeof TOWN_HALL_REPORT_SECTIONS)[number]

const CSS = `
.cover { min-height: 60vh; display: flex; flex-direction: column; justify-content: center; break-after: page; }
.cover h1 { font-size: 28pt; } .cover .subtitle { font-size: 15pt; margin: 0.2em 0 1.2em; }
.draft { border: 2px solid #000; padding: 0.4em 0.8em; font-weight: bold; }
.toc ol { padding-left: 2.2em; } .toc a { color: inherit; display: inline-block; padding: 4px 0; } /* 24 px tall: WCAG 2.2 target size, on screen */
.theme { break-inside: avoid; margin-bottom: 1em; } .theme h3 .count { font-weight: normal; color: #444; }
.quotes { list-style: none; padding: 0; margin: 0.3em 0; } .quotes li { margin: 0.3em 0; padding-left: 0.7em; border-left: 3px solid #999; }
.quotes .who { font-style: italic; color: #444; }
.faq dt { grid-column: 1 / -1; margin-top: 0.6em; } .faq dd { grid-column: 1 / -1; } .faq { display: block; }
.faq .q { break-after: avoid; } .faq .by { color: #444; font-style: italic; }
section.report-section { break-inside: auto; }
table.fixed { table-layout: fixed; } table.fixed td { overflow-wrap: anywhere; }
.w15 { width: 15%; } .w19 { width: 19%; } .w21 { width: 21%; } .w22 { width: 22%; } .w23 { width: 23%; }
`

function table(header: readonly string[], rows: readonly (readonly string[])[], widths?: readonly number[]): string {
  // Widths by class, not by style attribute: the app's preview allows no inline style.
  const columns = widths ? `<colgroup>${widths.map((w) => `<col class="w${w}">`).join('')}</colgroup>` : ''
  return `<table class="${widths ? 'fixed' : ''}">${columns}<thead><tr>${header.map((c) => `<th scope="col">${h(c)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`
}

const prose = (text: string) => `<span class="prose">${h(text)}</span>`
const muted = (text: string) => `<p class="muted">${h(text)}</p>`

function sectionBody(id: Section, report: TownHallReport, t: Words): string {
  switch (id) {
    case 'summary':
      return `<p>${h(report.summaryLine)}</p>${report.themes
        .map(
          (theme) =>
            `<div class="theme"><h3>${h(theme.name)} <span class="count">— ${h(t('townHallReport.raised', { count: theme.count }))}</span></h3><ul class="quotes">${theme.quotes
              .map((q) => `<li>“${prose(q.text)}” <span class="who">— ${h(q.speaker)}${q.count > 1 ? `, ${h(t('townHallReport.raised', { count: q.count }))}` : ''}</span></li>`)
              .join('')}</ul></div>`,
        )
        .join('')}`
    case 'faq':
      return report.faq.length === 0
        ? muted(t('townHallReport.noFaq'))
        : `<dl class="faq">${report.faq
            .map((f) => `<dt class="q">${prose(f.question)} <span class="muted">(${h(f.theme)}${f.count > 1 ? `; ${h(t('townHallReport.raised', { count: f.count }))}` : ''})</span></dt><dd><p class="prose">${h(f.answer)}</p>${f.by ? `<p class="by">— ${h(f.by)}</p>` : ''}</dd>`)
            .join('')}</dl>`
    case 'followUps':
      return report.followUps.length === 0
        ? muted(t('townHallReport.noFollowUps'))
        : table(
            [t('townHallReport.col.said'), t('townHallReport.col.theme'), t('townHallReport.col.owner'), t('townHallReport.col.due')],
            report.followUps.map((f) => [prose(f.item), h(f.theme), h(f.owner), `<span class="nowrap">${h(f.dueWords)}</span>`]),
          )
    case 'resources':
      return report.resources.length === 0
        ? muted(t('townHallReport.noResources'))
        : report.resources
            .map(
              (r) =>
                `<h3>${h(r.theme)}</h3>` +
                (r.services.length > 0
                  ? table(
                      [t('townHallReport.col.service'), t('townHallReport.col.organization'), t('townHallReport.col.hours'), t('townHallReport.col.languages'), t('townHallReport.col.contact')],
                      r.services.map((s) => [
                        `${h(s.name)}<br><span class="muted">${h(s.category)}</span>`,
                        h(s.organization),
                        s.hours.split('; ').map((hours) => `<span class="nowrap">${h(hours)}</span>`).join('<br>'),
                        h(s.languages),
                        h(s.contact).replaceAll(', ', ',<br>'),
                      ]),
                      [22, 19, 21, 15, 23],
                    )
                  : '') +
                (r.organizations.length > 0
                  ? `<p class="label">${h(t('townHallReport.answeringOrganizations'))}</p><ul>${r.organizations.map((o) => `<li>${h(o.name)}${o.contact ? ` — ${h(o.contact)}` : ''}</li>`).join('')}</ul>`
                  : ''),
            )
            .join('')
    case 'gaps':
      return report.gaps.length === 0
        ? `<p>${h(t('townHallReport.noGaps'))}</p>`
        : `<p>${h(t('townHallReport.gapsLine', { count: report.gaps.length }))}</p><ul>${report.gaps.map((g) => `<li><strong>${h(g.theme)}</strong> — ${h(t('townHallReport.raised', { count: g.count }))}</li>`).join('')}</ul>`
  }
}

export function renderTownHallReportHtml(report: TownHallReport): string {
  const t: Words = (key, values) => formatMessage(report.language, key, values)
  const title = `${report.title} — ${t('townHallReport.kind')}`
  const c = report.cover
  const fields = [
    [t('townHallReport.field.date'), c.date],
    [t('townHallReport.field.place'), c.place],
    [t('townHallReport.field.areas'), c.areas],
    [t('townHallReport.field.topics'), c.topics],
    [t('townHallReport.field.attendance'), c.attendance],
    [t('townHallReport.field.languages'), c.languages],
    [t('townHallReport.field.panel'), c.panel.join('; ')],
  ].filter(([, value]) => value !== '')
  const cover = `<header class="cover"><p class="kind">${h(t('townHallReport.kind'))}</p><h1>${h(report.title)}</h1><p class="subtitle">${h(t('townHallReport.title'))}</p><dl>${fields
    .map(([k, v]) => `<dt>${h(k!)}</dt><dd>${h(v!)}</dd>`)
    .join('')}</dl>${report.running ? `<p class="draft">${h(t('townHallReport.running'))}</p>` : ''}<nav class="toc" aria-labelledby="toc-title"><h2 id="toc-title">${h(t('townHallReport.contents'))}</h2><ol>${TOWN_HALL_REPORT_SECTIONS.map(
    (id) => `<li><a href="#${id}">${h(t(`townHallReport.section.${id}`))}</a></li>`,
  ).join('')}</ol></nav></header>`
  const sections = TOWN_HALL_REPORT_SECTIONS.map(
    (id) => `<section class="report-section" id="${id}" aria-labelledby="${id}-title"><h2 id="${id}-title">${h(t(`townHallReport.section.${id}`))}</h2>${sectionBody(id, report, t)}</section>`,
  )
  const footer = `<p class="muted">${h(t('townHallReport.madeWith', { date: c.date }))}</p>`
  return printableDocument({ lang: report.language, title, runningHeader: title, pageWord: t('report.page'), ofWord: t('report.of'), body: [cover, ...sections, footer].join('\n'), css: CSS })
}
