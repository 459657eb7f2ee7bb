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
/** The printed size of the picture in CSS pixels (a letter page less its margins, and its height at most 21 cm). */
const PRINT_WIDTH = 680
const PRINT_HEIGHT = 790
/** The largest label type a node holds (a code and one line of its name). */
const MAX_TYPE = 36
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

interface Box {
  x: number
  y: number
  width: number
  height: number
}

function svgOf(map: ReportMap, box: Box, type: number, label: string): string {
  const center = new Map(map.nodes.map((n) => [n.id, { x: n.x + NODE_WIDTH / 2, y: n.y + NODE_HEIGHT / 2 }]))
  const edges = map.edges
    .map((e) => {
      const a = center.get(e.source)!
      const b = center.get(e.target)!
      const dash = DASH[e.kind] ? ` stroke-dasharray="${DASH[e.kind]}"` : ''
      return `<line x1="${a.x}" y1="${a.y}" x2="${b.x}" y2="${b.y}" stroke="#333" stroke-width="${e.kind === 'covers' ? 5 : 3}"${dash}/>`
    })
    .join('')
  const inside = map.nodes.filter((n) => n.x + NODE_WIDTH > box.x && n.x < box.x + box.width && n.y + NODE_HEIGHT > box.y && n.y < box.y + box.height)
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="report-map" role="img" aria-label="${escapeHtml(label)}" viewBox="${box.x} ${box.y} ${box.width} ${box.height}" font-family="Atkinson Hyperlegible, Verdana, sans-serif">`,
    `<g class="edges">${edges}</g>`,
    `<g class="nodes">${inside.map((n) => nodeSvg(n, type)).join('')}</g>`,
    '</svg>',
  ].join('')
}

/**
 * The map as pictures: one, when the whole map prints legibly on a page; else the map cut into
 * parts, each a page, so no code is ever printed under MIN_TYPE. `part` words "Part 2 of 6".
 */
export function renderMapSvg(map: ReportMap, title: string, part: (index: number, count: number) => string = (i, n) => `${i} / ${n}`): string[] {
  if (map.nodes.length === 0) return []
  const minX = Math.min(...map.nodes.map((n) => n.x)) - MARGIN
  const minY = Math.min(...map.nodes.map((n) => n.y)) - MARGIN
  const width = Math.max(...map.nodes.map((n) => n.x)) + NODE_WIDTH + MARGIN - minX
  const height = Math.max(...map.nodes.map((n) => n.y)) + NODE_HEIGHT + MARGIN - minY
  // Type sized in map units so that, printed to fit the page, it is never under MIN_TYPE.
  const scale = Math.min(1, PRINT_WIDTH / width, PRINT_HEIGHT / height)
  const type = Math.max(16, MIN_TYPE / scale)
  if (type <= MAX_TYPE) return [svgOf(map, { x: minX, y: minY, width, height }, type, title)]
  // Too big for one page: parts printed at the scale where the largest type fits a node.
  const partScale = MIN_TYPE / MAX_TYPE
  const partWidth = PRINT_WIDTH / partScale
  const partHeight = PRINT_HEIGHT / partScale
  const boxes: Box[] = []
  for (let y = minY; y < minY + height; y += partHeight) {
    for (let x = minX; x < minX + width; x += partWidth) {
      const box = { x, y, width: partWidth, height: partHeight }
      if (map.nodes.some((n) => n.x + NODE_WIDTH > box.x && n.x < box.x + box.width && n.y + NODE_HEIGHT > box.y && n.y < box.y + box.height)) boxes.push(box)
    }
  }
  return boxes.map((box, i) => svgOf(map, box, MAX_TYPE, `${title} — ${part(i + 1, boxes.length)}`))
}
