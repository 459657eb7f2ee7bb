// The time as the app's services tell it: the page's clock corrected by the difference the
// services reported at start-up, so a test (or a laptop with a wrong date) sees one time.
import { useSyncExternalStore } from 'react'
import { call } from '../api/client'

let offsetMs = 0
const listeners = new Set<() => void>()

/** Lines the page's clock up with the services' (`now` from app.info, read at `pageNowMs`). */
export function alignClock(servicesNow: string, pageNowMs: number = Date.now()): void {
  offsetMs = Date.parse(servicesNow) - pageNowMs
  for (const listener of listeners) listener()
}

/** Asks the services for their time once, at start-up; the page's own clock is used until then. */
export async function syncAppClock(): Promise<void> {
  const sent = Date.now()
  const info = await call('app.info', {})
  // The answer was made about halfway through the round trip.
  alignClock(info.now, (sent + Date.now()) / 2)
}

export function appNowMs(): number {
  return Date.now() + offsetMs
}

export function appNow(): Date {
  return new Date(appNowMs())
}

/** Today as YYYY-MM-DD (UTC, as the services count days). */
export function appToday(): string {
  return appNow().toISOString().slice(0, 10)
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Today, re-rendering when the clock is aligned. */
export function useAppToday(): string {
  return useSyncExternalStore(subscribe, appToday)
}
