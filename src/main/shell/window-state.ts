// Remembers the main window's size and place between launches, and never restores it off-screen.
import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import { z } from 'zod'

export const windowStateSchema = z.object({
  width: z.number().int().min(400).max(20000),
  height: z.number().int().min(300).max(20000),
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  maximized: z.boolean().default(false),
})
export type WindowState = z.infer<typeof windowStateSchema>

export interface Rectangle {
  x: number
  y: number
  width: number
  height: number
}

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 800, maximized: false }

export function loadWindowState(file: string): WindowState {
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')))
    return parsed.success ? parsed.data : DEFAULT_WINDOW_STATE
  } catch {
    return DEFAULT_WINDOW_STATE
  }
}

/** Writes through a temporary file so a crash mid-write never leaves half a file. */
export function saveWindowState(file: string, state: WindowState): void {
  const temporary = `${file}.tmp`
  writeFileSync(temporary, JSON.stringify(state))
  renameSync(temporary, file)
}

/**
 * Keeps a saved place only when most of the window's title bar would land on a display
 * that exists now (a projector unplugged since last time, say); otherwise lets the OS center it.
 */
export function fitToDisplays(state: WindowState, workAreas: readonly Rectangle[]): WindowState {
  const largest = workAreas.reduce<Rectangle | undefined>(
    (best, area) => (!best || area.width * area.height > best.width * best.height ? area : best),
    undefined,
  )
  const width = largest ? Math.min(state.width, largest.width) : state.width
  const height = largest ? Math.min(state.height, largest.height) : state.height
  const sized = { ...state, width, height }
  if (state.x === undefined || state.y === undefined) return sized
  const titleBar: Rectangle = { x: state.x, y: state.y, width, height: 32 }
  const visible = workAreas.some((area) => overlapArea(titleBar, area) >= titleBar.width * titleBar.height * 0.5)
  if (visible) return sized
  const { x: _x, y: _y, ...unplaced } = sized
  return unplaced
}

function overlapArea(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return width > 0 && height > 0 ? width * height : 0
}
