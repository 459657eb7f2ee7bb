// The app's time now, refreshed every second while `ticking` (a paused clock needs no refresh).
import { useEffect, useState } from 'react'
import { appNowMs } from '../../../lib/clock'

export function useNowWhile(ticking: boolean): number {
  const [now, setNow] = useState(appNowMs)
  useEffect(() => {
    if (!ticking) return
    const timer = setInterval(() => setNow(appNowMs()), 1000)
    return () => clearInterval(timer)
  }, [ticking])
  return now
}
