// How a node's text is drawn at a zoom, so that what shows can be read from the back of the room:
// as designed while its smallest line stays readable; zoomed out, the name alone, counter-scaled to
// stay at least READABLE_PX on the screen and cut to the lines that fit in the node; zoomed out so
// far that not one such line fits, no text at all (the shape and colour still say what it is).
import { NODE_HEIGHT } from './model'

/** The smallest text on the screen, in CSS pixels; 12 px is the floor, the rest is margin. */
export const READABLE_PX = 13
/** The smallest text a node draws as designed (its kind, above the name), in map pixels. */
const SMALLEST_TEXT = 12
/** Line height of the name when it is drawn alone. */
export const NAME_LINE_HEIGHT = 1.15
/** The room for the name inside a node drawn names-only: its height less border (3) and padding (4), top and bottom. */
const NAME_ROOM = NODE_HEIGHT - 2 * 3 - 2 * 4
/** More lines than this of a name are clamped with an ellipsis even when they would fit. */
const MAX_NAME_LINES = 4

export type NodeText =
  | { mode: 'full' }
  /** The name alone: its size in map pixels, and how many lines of it fit. */
  | { mode: 'names'; size: number; lines: number }
  | { mode: 'shapes' }

/**
 * What a node shows at `zoom`, its name being `nameSize` map pixels when drawn as designed.
 * The size is rounded up to whole pixels, so the view changes in steps while zooming, and never
 * falls below READABLE_PX on the screen.
 */
export function nodeTextAt(zoom: number, nameSize: number): NodeText {
  const step = zoomStep(zoom)
  if (step * SMALLEST_TEXT >= 12) return { mode: 'full' }
  const size = Math.max(nameSize, Math.ceil(READABLE_PX / step))
  const lines = Math.min(MAX_NAME_LINES, Math.floor(NAME_ROOM / (size * NAME_LINE_HEIGHT)))
  return lines >= 1 ? { mode: 'names', size, lines } : { mode: 'shapes' }
}

/**
 * The zoom in whole percents, rounded down: the text changes at most once a step while zooming,
 * and sized for a zoom no larger than the real one, it is never smaller on the screen than meant.
 */
export function zoomStep(zoom: number): number {
  return Math.floor(zoom * 100 + 1e-9) / 100
}

/** Whether a node draws any text at `zoom` (whatever its name's size: zoomed out, the readable size rules). */
export function showsText(zoom: number): boolean {
  return nodeTextAt(zoom, 0).mode !== 'shapes'
}
