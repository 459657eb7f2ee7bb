// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { HistoryLabels, MenuCommand, ShellApi } from '../../../src/shared/shell'

/** What the preload would expose: records labels, and lets the test choose a menu command. */
function installShell() {
  const labels: HistoryLabels[] = []
  let listener: ((command: MenuCommand) => void) | undefined
  const shell: ShellApi = {
    setHistory: (value) => void labels.push(value),
    offerFile: () => null,
    onMenuCommand: (next) => {
      listener = next
      return () => (listener = undefined)
    },
  }
  Object.defineProperty(window, 'shell', { value: shell, configurable: true })
  return { labels, choose: (command: MenuCommand) => listener?.(command) }
}

afterEach(() => {
  document.body.innerHTML = ''
  vi.resetModules()
})

describe('the Edit menu in the page', () => {
  it('undoes the session when the focus is not in a text field, and names its history', async () => {
    const shell = installShell()
    const { connectEditMenu, provideSessionHistory } = await import('../../../src/renderer/src/api/shell')
    connectEditMenu()
    const session = { undo: vi.fn(), redo: vi.fn() }
    const release = provideSessionHistory(session, { undo: 'Add note', redo: null })
    expect(shell.labels).toEqual([{ undo: 'Add note', redo: null }])
    shell.choose('undo')
    shell.choose('redo')
    expect(session.undo).toHaveBeenCalledTimes(1)
    expect(session.redo).toHaveBeenCalledTimes(1)
    release()
    expect(shell.labels.at(-1)).toEqual({ undo: null, redo: null })
    // With no session open, the menu's Undo is the browser's own.
    const execCommand = vi.fn(() => true)
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true })
    shell.choose('undo')
    expect(session.undo).toHaveBeenCalledTimes(1)
    expect(execCommand).toHaveBeenCalledWith('undo')
  })

  it('leaves Undo to the text field that has the focus', async () => {
    const shell = installShell()
    const { connectEditMenu, provideSessionHistory } = await import('../../../src/renderer/src/api/shell')
    connectEditMenu()
    const session = { undo: vi.fn(), redo: vi.fn() }
    provideSessionHistory(session, { undo: 'Add note', redo: null })
    const field = document.createElement('input')
    document.body.append(field)
    field.focus()
    const execCommand = vi.fn(() => true)
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true })
    shell.choose('undo')
    expect(execCommand).toHaveBeenCalledWith('undo')
    expect(session.undo).not.toHaveBeenCalled()
  })
})
