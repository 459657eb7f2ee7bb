// Who may talk to the loopback bridge: requests addressed to this exact host and port, from
// this origin, holding this launch (see launch-access.ts). Pure functions, so they are easy to test.
import { timingSafeEqual } from 'node:crypto'

export const LOOPBACK_HOST = '127.0.0.1'

export function allowedHosts(port: number): string[] {
  return [`${LOOPBACK_HOST}:${port}`, `localhost:${port}`]
}

/** A Host header naming anything else is a DNS-rebinding attempt or a stray client. */
export function isAllowedHost(hostHeader: string | undefined, port: number): boolean {
  return hostHeader !== undefined && allowedHosts(port).includes(hostHeader.toLowerCase())
}

/** Browsers send Origin on cross-site requests; when present it must be the bridge itself. */
export function isAllowedOrigin(originHeader: string | undefined, port: number): boolean {
  if (originHeader === undefined) return true
  let origin: URL
  try {
    origin = new URL(originHeader)
  } catch {
    return false
  }
  return origin.protocol === 'http:' && allowedHosts(port).includes(origin.host)
}

/** Every value a Cookie header sends under `name` (another server on 127.0.0.1 may have set one too). */
export function cookieValues(cookieHeader: string | undefined, name: string): string[] {
  if (!cookieHeader) return []
  const values: string[] = []
  for (const part of cookieHeader.split(';')) {
    const separator = part.indexOf('=')
    if (separator >= 0 && part.slice(0, separator).trim() === name) values.push(part.slice(separator + 1).trim())
  }
  return values
}

export function tokensMatch(offered: string | undefined, expected: string): boolean {
  if (offered === undefined) return false
  const a = Buffer.from(offered)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}
