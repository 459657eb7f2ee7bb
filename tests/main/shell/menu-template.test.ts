import { describe, expect, it, vi } from 'vitest'
import type { MenuItemConstructorOptions } from 'electron'
import { menuTemplate } from '../../../src/main/shell/menu-template'

function editItems(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  const edit = template.find((item) => item.label === 'Edit')
  return edit!.submenu as MenuItemConstructorOptions[]
}

describe('the Edit menu', () => {
  it('names what Undo and Redo would do in the running session, in the page’s words', () => {
    const items = editItems(menuTemplate({ language: 'en', isMac: false, packaged: false, history: { undo: 'Undo add note', redo: 'Redo link: Street light repair covers Repair the light' }, send: () => {} }))
    expect(items.find((i) => i.id === 'undo')).toMatchObject({ label: 'Undo add note', accelerator: 'CmdOrCtrl+Z' })
    expect(items.find((i) => i.id === 'redo')).toMatchObject({ label: 'Redo link: Street light repair covers Repair the light', accelerator: 'Ctrl+Y' })
  })

  it('says plain Undo and Redo when there is nothing to name, and keeps them for text fields', () => {
    const items = editItems(menuTemplate({ language: 'en', isMac: true, packaged: false, history: { undo: null, redo: null }, send: () => {} }))
    expect(items.find((i) => i.id === 'undo')).toMatchObject({ label: 'Undo' })
    expect(items.find((i) => i.id === 'redo')).toMatchObject({ label: 'Redo', accelerator: 'Shift+Cmd+Z' })
    expect(items.find((i) => i.id === 'undo')!.enabled).not.toBe(false)
  })

  it('sends the command to the page when chosen', () => {
    const send = vi.fn()
    const items = editItems(menuTemplate({ language: 'en', isMac: false, packaged: false, history: { undo: 'Add note', redo: null }, send }))
    const click = items.find((i) => i.id === 'undo')!.click as () => void
    click()
    ;(items.find((i) => i.id === 'redo')!.click as () => void)()
    expect(send.mock.calls).toEqual([['undo'], ['redo']])
  })

  it('keeps the platform roles for the rest', () => {
    const template = menuTemplate({ language: 'en', isMac: true, packaged: false, history: { undo: null, redo: null }, send: () => {} })
    expect(template[0]).toEqual({ role: 'appMenu' })
    expect(editItems(template).map((i) => i.role).filter(Boolean)).toEqual(['cut', 'copy', 'paste', 'selectAll'])
  })
})

describe('the menu in the app’s language', () => {
  it('words its own labels from the catalogs', () => {
    const template = menuTemplate({ language: 'es', isMac: false, packaged: true, history: { undo: null, redo: null }, send: () => {} })
    expect(template.map((item) => item.label).filter(Boolean)).toEqual(['Edición', 'Ver'])
    const edit = template.find((item) => item.label === 'Edición')!.submenu as MenuItemConstructorOptions[]
    expect(edit.filter((i) => i.id).map((i) => i.label)).toEqual(['Deshacer', 'Rehacer'])
  })
})

describe('the View menu', () => {
  const roles = (template: MenuItemConstructorOptions[]): string[] =>
    template.flatMap((item) => [item.role ?? '', ...(Array.isArray(item.submenu) ? roles(item.submenu) : [])]).filter(Boolean)

  it('offers Reload and the developer tools while developing', () => {
    const template = menuTemplate({ language: 'en', isMac: false, packaged: false, history: { undo: null, redo: null }, send: () => {} })
    expect(roles(template)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools', 'resetZoom', 'togglefullscreen']))
  })

  it('offers neither Reload nor the developer tools, anywhere, in the shipped app', () => {
    for (const isMac of [false, true]) {
      const template = menuTemplate({ language: 'en', isMac, packaged: true, history: { undo: null, redo: null }, send: () => {} })
      const all = roles(template).map((role) => role.toLowerCase())
      expect(all).not.toContain('reload')
      expect(all).not.toContain('forcereload')
      expect(all).not.toContain('toggledevtools')
      const view = template.find((item) => item.label === 'View')!.submenu as MenuItemConstructorOptions[]
      expect(view[0]).toEqual({ role: 'resetZoom' })
    }
  })
})
