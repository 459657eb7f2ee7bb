import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_WINDOW_STATE,
  fitToDisplays,
  loadWindowState,
  saveWindowState,
} from '../../../src/main/shell/window-state'
import { useTempDirs } from '../../helpers/temp-dir'

const tempDir = useTempDirs()
const laptop = { x: 0, y: 0, width: 1366, height: 740 }
const projector = { x: 1366, y: 0, width: 1920, height: 1080 }

describe('window state', () => {
  it('round-trips through its file', () => {
    const file = join(tempDir(), 'window-state.json')
    saveWindowState(file, { width: 1400, height: 900, x: 10, y: 20, maximized: true })
    expect(loadWindowState(file)).toEqual({ width: 1400, height: 900, x: 10, y: 20, maximized: true })
  })

  it('falls back to the default for a missing or garbled file', () => {
    const dir = tempDir()
    expect(loadWindowState(join(dir, 'none.json'))).toEqual(DEFAULT_WINDOW_STATE)
    writeFileSync(join(dir, 'bad.json'), '{"width": "huge"')
    expect(loadWindowState(join(dir, 'bad.json'))).toEqual(DEFAULT_WINDOW_STATE)
    writeFileSync(join(dir, 'tiny.json'), '{"width": 5, "height": 5}')
    expect(loadWindowState(join(dir, 'tiny.json'))).toEqual(DEFAULT_WINDOW_STATE)
  })

  it('keeps a place that is still on a display', () => {
    const state = { width: 1200, height: 800, x: 1500, y: 40, maximized: false }
    expect(fitToDisplays(state, [laptop, projector])).toEqual(state)
  })

  it('forgets the place when the projector it was on is gone, and shrinks to fit', () => {
    const state = { width: 1800, height: 1000, x: 1500, y: 40, maximized: false }
    expect(fitToDisplays(state, [laptop])).toEqual({ width: 1366, height: 740, maximized: false })
  })
})
