import { EventEmitter } from 'node:events'
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { HeadersReceivedResponse } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { lockDownSession, withContentSecurityPolicy, type LockableSession } from '../../../src/main/shell/session-policy'
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from '../../../src/shared/content-security'

const rendererIndexFile = resolve('/opt/roundtable/out/renderer/index.html')
const location = { rendererIndexFile }
const appPage = pathToFileURL(rendererIndexFile).href

/** A stand-in session that keeps the handlers it is given. */
function fakeSession() {
  const handlers: Record<string, (...args: never[]) => unknown> = {}
  const session = Object.assign(new EventEmitter(), {
    setPermissionRequestHandler: (handler: never) => void (handlers['request'] = handler),
    setPermissionCheckHandler: (handler: never) => void (handlers['check'] = handler),
    setDevicePermissionHandler: (handler: never) => void (handlers['device'] = handler),
    webRequest: { onHeadersReceived: (handler: never) => void (handlers['headers'] = handler) },
  })
  lockDownSession(session as unknown as LockableSession, location)
  return { session, handlers: handlers as Record<string, (...args: unknown[]) => unknown> }
}

describe('the session’s lock-down', () => {
  it('grants no permission and reports none as granted', () => {
    const { handlers } = fakeSession()
    const answer = vi.fn()
    for (const permission of ['media', 'geolocation', 'notifications', 'fullscreen', 'clipboard-read']) handlers['request']!({}, permission, answer)
    expect(answer.mock.calls.every(([granted]) => granted === false)).toBe(true)
    for (const permission of ['media', 'hid', 'serial', 'usb', 'clipboard-sanitized-write', 'fileSystem']) {
      expect(handlers['check']!({}, permission, appPage, {})).toBe(false)
    }
    expect(handlers['device']!({ deviceType: 'usb', origin: appPage })).toBe(false)
  })

  it.each([
    ['select-usb-device', (pick: unknown) => [{ deviceList: [{ deviceId: 'u1' }] }, pick], []],
    ['select-hid-device', (pick: unknown) => [{ deviceList: [{ deviceId: 'h1' }] }, pick], []],
    ['select-serial-port', (pick: unknown) => [[{ portId: 's1' }], {}, pick], ['']],
  ] as const)('cancels a %s request instead of picking a device', (event, args, cancel) => {
    const { session } = fakeSession()
    const request = { preventDefault: vi.fn() }
    const pick = vi.fn()
    session.emit(event, request, ...args(pick))
    expect(request.preventDefault).toHaveBeenCalled()
    expect(pick).toHaveBeenCalledWith(...cancel)
  })

  it('sends the app’s page its policy as a header, frame-ancestors included', () => {
    const { handlers } = fakeSession()
    let response: HeadersReceivedResponse | undefined
    handlers['headers']!({ url: `${appPage}#/sessions`, responseHeaders: { 'content-security-policy': ["default-src *"], 'X-Other': ['kept'] } }, (given: HeadersReceivedResponse) => {
      response = given
    })
    expect(response).toEqual({ responseHeaders: { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY], 'X-Other': ['kept'] } })
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'")
  })

  it('leaves every other response as it came', () => {
    expect(withContentSecurityPolicy({ url: pathToFileURL(join(rendererIndexFile, '..', 'assets', 'index.js')).href }, location)).toEqual({})
    expect(withContentSecurityPolicy({ url: 'https://example.org/' }, location)).toEqual({})
    expect(withContentSecurityPolicy({ url: 'http://localhost:5173/' }, { ...location, devServerUrl: 'http://localhost:5173/' })).toEqual({})
  })
})

/** Each directive's sources, from a policy string. */
function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((part) => part.trim()).filter(Boolean).map((part) => {
    const [name, ...sources] = part.split(/\s+/)
    return [name!, sources]
  }))
}

/** What a page's policy must be: its own files only, nothing remote, no eval, no inline code. */
function expectStrictPolicy(policy: string): void {
  const parsed = directives(policy)
  expect(["'self'", "'none'"]).toContain(parsed.get('default-src')?.join(' '))
  expect(parsed.get('object-src')).toEqual(["'none'"])
  expect(parsed.get('base-uri')).toEqual(["'none'"])
  for (const [name, sources] of parsed) {
    for (const source of sources) expect(["'self'", "'none'", 'data:'], `${name} ${source}`).toContain(source)
  }
  expect(policy).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:|\*/)
}

describe('the Content Security Policy', () => {
  it('allows the app’s own files only, with no eval and no remote host', () => {
    expectStrictPolicy(CONTENT_SECURITY_POLICY)
    expectStrictPolicy(META_CONTENT_SECURITY_POLICY)
    expect(META_CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors')
  })

  const built = join(process.cwd(), 'out', 'renderer', 'index.html')
  it.skipIf(!existsSync(built))('is the one the built page carries in its <meta> tag', () => {
    const html = readFileSync(built, 'utf8')
    const metas = [...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/gi)]
    expect(metas).toHaveLength(1)
    const policy = metas[0]![1]!.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&')
    expectStrictPolicy(policy)
    expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(html.indexOf('<script'))
  })
})
