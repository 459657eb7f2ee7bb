// The report as one printable HTML page, from the report model: a cover, the contents, then each
// chosen section. Every word of the room is escaped: markup, scripts and formulas print as text.
import { formatMessage } from '../i18n/format'
import type { MessageKey, MessageValues } from '../i18n/catalog'
import { printableDocument } from '../report-kit/document'
import { escapeHtml as h } from '../report-kit/escape'
import { renderMapSvg } from './map-svg'
import type { Report, ReportEntry } from './model'
import type { ReportSection } from './options'

type Words = (key: MessageKey, values?: MessageValues) => string

const REPORT_CSS = `
.cover { min-height: 60vh; display: flex; flex-direction: column; justify-content: center; break-after: page; }
.cover h1 { font-size: 28pt; } .cover .subtitle { font-size: 15pt; margin: 0.2em 0 1.2em; }
.draft { border: 2px solid #000; padding: 0.4em 0.8em; font-weight: bold; }
.toc ol { padding-left: 2.2em; } .toc a { color: inherit; display: inline-block; padding: 4px 0; } /* 24 px tall: WCAG 2.2 target size, on screen */
.entries { list-style: none; padding: 0; } .entries li { margin: 0.25em 0; padding-left: 0.6em; border-left: 3px solid #999; }
.entries .tag { font-weight: bold; } .entries .who { font-style: italic; }
.inject { margin: 0.8em 0 0.8em 0.8em; } .inject h4 { margin: 0.2em 0; font-size: 11.5pt; }
.notes { border-left: 4px solid #000; padding-left: 0.8em; }
.report-map { width: 99.8%; height: auto; max-height: 21cm; border: 1px solid #999; }
.map-part { margin: 0; break-inside: avoid; break-after: page; } .map-part figcaption { font-weight: bold; margin-bottom: 0.3em; }
.legend { display: flex; flex-wrap: wrap; gap: 0.4em 1.6em; font-size: 10pt; padding: 0; list-style: none; }
.legend svg { vertical-align: middle; margin-right: 0.3em; }
.reasons { margin: 0; padding-left: 1.1em; }
section.report-section { break-inside: auto; }
`

const LEGEND = {
  need: '<svg width="28" height="16" aria-hidden="true"><rect x="1" y="1" width="26" height="14" fill="#f2f2f2" stroke="#000" stroke-width="1.5"/></svg>',
  gap: '<svg width="28" height="16" aria-hidden="true"><rect x="1.5" y="1.5" width="25" height="13" fill="#f2f2f2" stroke="#000" stroke-width="3" stroke-dasharray="5 3"/></svg>',
  resource: '<svg width="28" height="16" aria-hidden="true"><rect x="1" y="1" width="26" height="14" rx="6" fill="#fff" stroke="#000" stroke-width="1.5"/></svg>',
  organization: '<svg width="28" height="16" aria-hidden="true"><ellipse cx="14" cy="8" rx="13" ry="7" fill="#fff" stroke="#000" stroke-width="1.5"/></svg>',
  link: '<svg width="28" height="16" aria-hidden="true"><line x1="1" y1="8" x2="27" y2="8" stroke="#444" stroke-width="2"/></svg>',
} as const

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return `<table><thead><tr>${header.map((c) => `<th scope="col">${h(c)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`
}

function entries(list: readonly ReportEntry[]): string {
  if (list.length === 0) return ''
  return `<ul class="entries">${list
    .map((e) => `<li><span class="tag">${h(e.kindLabel)}</span> <span class="muted">${h(e.time)}</span> — <span class="prose">${h(e.text)}</span>${e.organization ? ` <span class="who">— ${h(e.organization)}</span>` : ''}</li>`)
    .join('')}</ul>`
}

const nowrap = (text: string) => `<span class="nowrap">${h(text)}</span>`
const none = (t: Words) => `<p class="muted">${h(t('report.none'))}</p>`

function sectionBody(id: ReportSection, report: Report, t: Words): string {
  switch (id) {
    case 'overview': {
      const o = report.overview
      const rows = [
        [t('report.field.scenario'), report.scenarioTitle],
        [t('report.field.area'), o.area],
        [t('report.field.place'), o.place],
        [t('report.field.date'), o.date],
        [t('report.field.facilitator'), o.facilitator],
        [t('report.field.participants'), o.participantsLine],
      ].filter(([, value]) => value !== '')
      const kinds = o.byKind
        .map((group) => `<h3>${h(group.kind)}</h3><ul>${group.organizations.map((org) => `<li>${h(org.name)}${org.people.length > 0 ? `: ${h(org.people.join(', '))}` : ''}</li>`).join('')}</ul>`)
        .join('')
      return `<dl>${rows.map(([k, v]) => `<dt>${h(k!)}</dt><dd>${h(v!)}</dd>`).join('')}</dl><p class="prose">${h(o.summary)}</p>${kinds}`
    }
    case 'objectives':
      return table(
        [t('report.col.number'), t('report.col.objective'), t('report.col.rating'), t('report.col.why')],
        report.objectives.map((o) => [String(o.number), h(o.text), h(o.rating), `<span class="prose">${h(o.reason)}</span>`]),
      )
    case 'timeline':
      if (report.timeline.length === 0) return none(t)
      return report.timeline
        .map(
          (module) =>
            `<h3>${h(module.title)}${module.storyTime ? ` <span class="muted">(${h(t('report.inStory', { time: module.storyTime }))})</span>` : ''}</h3>${entries(module.entries)}${module.injects
              .map(
                (inject) =>
                  `<div class="inject"><h4>${h(inject.title)} <span class="muted">— ${h(t('report.revealedAt', { time: inject.time }))}${inject.from ? `, ${h(inject.from)}` : ''}</span></h4><p class="prose">${h(inject.text)}</p>` +
                  (inject.expected.length > 0 ? `<p class="label">${h(t('report.expected'))}</p><ul>${inject.expected.map((a) => `<li>${h(a)}</li>`).join('')}</ul>` : '') +
                  (inject.notes ? `<div class="notes"><p class="label">${h(t('report.facilitatorNotes'))}</p><p class="prose">${h(inject.notes)}</p></div>` : '') +
                  `${entries(inject.entries)}</div>`,
              )
              .join('')}`,
        )
        .join('')
    case 'map': {
      const pictures = renderMapSvg(report.map, t('report.section.map'), (part, parts) => t('report.map.part', { part, parts }))
      if (pictures.length === 0) return `<p class="muted">${h(t('report.map.empty'))}</p>`
      const svg = pictures.length === 1 ? pictures[0]! : pictures.map((picture, i) => `<figure class="map-part"><figcaption>${h(t('report.map.part', { part: i + 1, parts: pictures.length }))}</figcaption>${picture}</figure>`).join('')
      const legend = (['need', 'gap', 'resource', 'organization', 'link'] as const).map((k) => `<li>${LEGEND[k]}${h(t(`report.legend.${k}`))}</li>`).join('')
      const key = table(
        [t('report.col.code'), t('report.col.kind'), t('report.col.name')],
        report.map.nodes.map((n) => [`<strong>${h(n.code)}${n.gap ? ' !' : ''}</strong>`, h(t('report.mapKind', { kind: n.kind })), h(n.label)]),
      )
      return `${svg}<h3>${h(t('report.legend.title'))}</h3><ul class="legend">${legend}</ul>${key}`
    }
    case 'gaps':
      return `<p>${h(report.gapsLine)}</p>${
        report.gaps.length === 0
          ? ''
          : table(
              [t('report.col.number'), t('report.col.need'), t('report.col.area'), t('report.col.urgency'), t('report.col.reasons'), t('report.col.suggested'), t('report.col.lead')],
              report.gaps.map((g) => [
                String(g.number),
                `${h(g.need)}<br><span class="muted">${h(g.category)}</span>`,
                h(g.area),
                h(g.urgency),
                `<ul class="reasons">${g.reasons.map((r) => `<li>${h(r)}</li>`).join('')}</ul>`,
                h(g.suggested.join('; ')),
                h(g.lead),
              ]),
            )
      }`
    case 'committed':
      return report.committed.length === 0
        ? none(t)
        : table(
            [t('report.col.resource'), t('report.col.organization'), t('report.col.need'), t('report.col.amount'), t('report.col.hours')],
            report.committed.map((c) => [h(c.resource), h(c.organization), h(c.need), nowrap(c.amount), h(c.hours)]),
          )
    case 'analysis':
      return report.analysis.length === 0
        ? none(t)
        : report.analysis
            .map(
              (group) =>
                `<h3>${h(group.objective)}</h3>` +
                entries([...group.strengths, ...group.improvements]),
            )
            .join('')
    case 'plan':
      return report.plan.length === 0
        ? none(t)
        : table(
            [t('report.col.action'), t('report.col.owner'), t('report.col.contact'), t('report.col.element'), t('report.col.start'), t('report.col.due'), t('report.col.priority'), t('report.col.status')],
            report.plan.map((p) => [`<span class="prose">${h(p.action)}</span>`, h(p.owner), h(p.contact), h(p.element), nowrap(p.start), nowrap(p.due), h(p.priority), h(p.status)]),
          )
    case 'parkingLot':
      return report.parkingLot.length === 0 ? none(t) : entries(report.parkingLot)
    case 'prevention':
      return `<p>${h(report.prevention.line)}</p>${report.prevention.open.length > 0 ? `<p>${h(t('report.prevention.open'))}</p><ul>${report.prevention.open.map((n) => `<li>${h(n)}</li>`).join('')}</ul>` : ''}`
    case 'appendix':
      return report.appendix.length === 0
        ? none(t)
        : table(
            [t('report.col.organization'), t('report.col.kind'), t('report.col.people')],
            report.appendix.map((a) => [
              h(a.organization),
              h(a.kind),
              a.people.map((p) => h([p.name, p.role, p.contact].filter(Boolean).join(' — '))).join('<br>'),
            ]),
          )
  }
}

export function renderReportHtml(report: Report): string {
  const t: Words = (key, values) => formatMessage(report.language, key, values)
  const chosen = report.sections
  const title = `${report.title} — ${t('report.title')}`
  const cover = `<header class="cover"><p class="kind">${h(t('report.kind'))}</p><h1>${h(report.title)}</h1><p class="subtitle">${h(t('report.title'))}</p><p>${h(report.overview.area)} · ${h(report.overview.date)}</p><p class="muted">${h(t('report.asOf', { date: report.asOf }))}</p>${
    report.running ? `<p class="draft">${h(t('report.running'))}</p>` : ''
  }<nav class="toc" aria-labelledby="toc-title"><h2 id="toc-title">${h(t('report.contents'))}</h2><ol>${chosen.map((id) => `<li><a href="#${id}">${h(t(`report.section.${id}`))}</a></li>`).join('')}</ol></nav></header>`
  const sections = chosen.map((id) => `<section class="report-section" id="${id}" aria-labelledby="${id}-title"><h2 id="${id}-title">${h(t(`report.section.${id}`))}</h2>${sectionBody(id, report, t)}</section>`)
  const footer = `<p class="muted">${h(t('report.madeWith', { date: report.overview.date }))}</p>`
  return printableDocument({ lang: report.language, title, runningHeader: title, pageWord: t('report.page'), ofWord: t('report.of'), body: [cover, ...sections, footer].join('\n'), css: REPORT_CSS })
}
