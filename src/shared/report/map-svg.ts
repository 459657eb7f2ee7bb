// The session's map as an SVG picture for the report: items where the room left them, each kind
// its own shape so it reads in black and white (needs square, resources rounded, organizations
// oval), a need with a gap dashed and marked "!", links as lines of their own dash. Each item
// carries its code in large type (the key under the picture names it in full), so the picture
// stays legible when a big map is shrunk to a page.
import { NODE_HEIGHT, NODE_WIDTH } from '../session/map-places'
import { escapeHtml } from '../report-kit/escape'
import type { ReportMap, ReportMapNode } from './map-model'

const DASH: Record<string, string> = { provides: '', covers: '', leads: '14 6', refers: '3 6', coordinates: '10 5 3 5' }
const MARGIN = 30
/** The printed width of the picture in CSS pixels (a letter page less its margins). */
const PRINT_WIDTH = 680
/** The smallest type on paper, in CSS pixels (about 8 points). */
const MIN_TYPE = 11

/** Up to `lines` lines of about `width` characters, the last ending in "…" when the words run on. */
export function wrapLabel(text: string, width: number, lines = 2): string[] {
  const out: string[] = ['']
  for (const word of text.replace(/\s+/g, ' ').trim().split(' ')) {
    const line = out[out.length - 1]!
    if (line === '' || line.length + 1 + word.length <= width) out[out.length - 1] = line === '' ? word : `${line} ${word}`
    else if (out.length < lines) out.push(word)
    else {
      out[lines - 1] = `${`${out[lines - 1]!} ${word}`.slice(0, Math.max(1, width - 1))}…`
      return out
    }
  }
  return out.map((line) => (line.length > width ? `${line.slice(0, Math.max(1, width - 1))}…` : line))
}

function shape(node: ReportMapNode): string {
  const stroke = node.gap ? ' stroke-dasharray="12 6" stroke-width="5"' : ' stroke-width="2"'
  if (node.kind === 'organization') return `<ellipse cx="${NODE_WIDTH / 2}" cy="${NODE_HEIGHT / 2}" rx="${NODE_WIDTH / 2}" ry="${NODE_HEIGHT / 2}" fill="#fff" stroke="#000"${stroke}/>`
  const rounded = node.kind === 'resource' ? ' rx="22"' : ''
  return `<rect width="${NODE_WIDTH}" height="${NODE_HEIGHT}"${rounded} fill="${node.kind === 'need' ? '#f0f0f0' : '#fff'}" stroke="#000"${stroke}/>`
}

function nodeSvg(node: ReportMapNode, type: number): string {
  const code = `<text x="${NODE_WIDTH / 2}" y="${type * 1.2}" text-anchor="middle" font-weight="700" font-size="${type * 1.15}">${escapeHtml(node.code)}${node.gap ? ' !' : ''}</text>`
  const room = Math.floor((NODE_HEIGHT - type * 1.6) / (type * 1.1))
  const lines = room > 0 ? wrapLabel(node.label, Math.max(4, Math.floor(NODE_WIDTH / (type * 0.56))), Math.min(room, 3)) : []
  const text = lines.map((line, i) => `<text x="${NODE_WIDTH / 2}" y="${type * 2.5 + i * type * 1.1}" text-anchor="middle" font-size="${type}">${escapeHtml(line)}</text>`).join('')
  return `<g transform="translate(${node.x} ${node.y})"><title>${escapeHtml(`${node.code}: ${node.label}`)}</title>${shape(node)}${code}${text}</g>`
}

export function renderMapSvg(map: ReportMap, title: string): string {
  if (map.nodes.length === 0) return ''
  const minX = Math.min(...map.nodes.map((n) => n.x)) - MARGIN
  const minY = Math.min(...map.nodes.map((n) => n.y)) - MARGIN
  const width = Math.max(...map.nodes.map((n) => n.x)) + NODE_WIDTH + MARGIN - minX
  const height = Math.max(...map.nodes.map((n) => n.y)) + NODE_HEIGHT + MARGIN - minY
  // Type sized in map units so that, printed PRINT_WIDTH wide, it is never under MIN_TYPE.
  const type = Math.max(16, (MIN_TYPE * Math.max(width, PRINT_WIDTH)) / PRINT_WIDTH)
  const center = new Map(map.nodes.map((n) => [n.id, { x: n.x + NODE_WIDTH / 2, y: n.y + NODE_HEIGHT / 2 }]))
  const edges = map.edges
    .map((e) => {
      const a = center.get(e.source)!
      const b = center.get(e.target)!
      const dash = DASH[e.kind] ? ` stroke-dasharray="${DASH[e.kind]}"` : ''
      return `<line x1="${a.x}" y1="${a.y}" x2="${b.x}" y2="${b.y}" stroke="#333" stroke-width="${e.kind === 'covers' ? 5 : 3}"${dash}/>`
    })
    .join('')
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="report-map" role="img" aria-label="${escapeHtml(title)}" viewBox="${minX} ${minY} ${width} ${height}" font-family="Atkinson Hyperlegible, Verdana, sans-serif">`,
    `<g class="edges">${edges}</g>`,
    `<g class="nodes">${map.nodes.map((n) => nodeSvg(n, type)).join('')}</g>`,
    '</svg>',
  ].join('')
}
