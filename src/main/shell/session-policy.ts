// The session's side of the lock-down: no permission is granted or even reported as granted, no
// USB, HID or serial device is ever picked, and the app's page gets its Content Security Policy as
// a response header too (with frame-ancestors, which the <meta> tag cannot carry). Free of
// electron imports so it can be tested in Node.
import type { HeadersReceivedResponse, Session } from 'electron'
import { CONTENT_SECURITY_POLICY } from '../../shared/content-security'
import { isAppUrl, type AppLocation } from './app-url'

/** The part of Electron's Session this needs, so tests can hand it a stand-in. */
export type LockableSession = Pick<Session, 'on' | 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'> & {
  webRequest: Pick<Session['webRequest'], 'onHeadersReceived'>
}

export function lockDownSession(session: LockableSession, location: AppLocation): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.setDevicePermissionHandler(() => false)
  session.on('select-usb-device', (event, _details, callback) => {
    event.preventDefault()
    callback()
  })
  session.on('select-hid-device', (event, _details, callback) => {
    event.preventDefault()
    callback()
  })
  session.on('select-serial-port', (event, _ports, _contents, callback) => {
    event.preventDefault()
    callback('')
  })
  session.webRequest.onHeadersReceived((details, callback) => callback(withContentSecurityPolicy(details, location)))
}

/**
 * The built page (file://) gets the policy as a header besides its <meta> tag; anything else is
 * left as it came. During development the dev server's page keeps only its <meta> tag.
 */
export function withContentSecurityPolicy(
  details: { url: string; responseHeaders?: Record<string, string[]> },
  location: AppLocation,
): HeadersReceivedResponse {
  if (!details.url.startsWith('file:') || !isAppUrl(details.url, location)) return {}
  const others = Object.entries(details.responseHeaders ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy')
  return { responseHeaders: { ...Object.fromEntries(others), 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } }
}
