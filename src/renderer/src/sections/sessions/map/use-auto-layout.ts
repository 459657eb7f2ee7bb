// Auto-layout from React: one worker per open map, started (and warmed up) with the map; a newer
// request supersedes an older one still running, and a worker that fails is replaced.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { LayoutRequest, LayoutResult } from './layout'
import { translate } from '../../../i18n/intl'

export function useAutoLayout(): { arrange: (graph: Omit<LayoutRequest, 'id'>) => Promise<LayoutResult['positions']>; arranging: boolean } {
  const worker = useRef<Worker | undefined>(undefined)
  const latest = useRef(0)
  const [arranging, setArranging] = useState(false)
  // Started with the map, so ELK is loaded and warmed up before anyone presses Arrange.
  // A worker that fails to start (or crashes) is dropped; the next Arrange starts a new one.
  const startWorker = useCallback((): Worker => {
    const started = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module', name: 'map-layout' })
    started.addEventListener('error', () => {
      if (worker.current === started) worker.current = undefined
      started.terminate()
    })
    return started
  }, [])
  useEffect(() => {
    worker.current = startWorker()
    return () => {
      worker.current?.terminate()
      worker.current = undefined
    }
  }, [startWorker])
  const arrange = useCallback((graph: Omit<LayoutRequest, 'id'>) => {
    worker.current ??= startWorker()
    const id = ++latest.current
    const running = worker.current
    setArranging(true)
    return new Promise<LayoutResult['positions']>((resolve, reject) => {
      const settle = () => {
        running.removeEventListener('message', onMessage)
        running.removeEventListener('error', onError)
        if (id === latest.current) setArranging(false)
      }
      const onMessage = (event: MessageEvent<LayoutResult>) => {
        if (event.data.id !== id) return
        settle()
        if (event.data.error) reject(new Error(translate('map.arrangeFailed', { reason: event.data.error })))
        else if (id !== latest.current) reject(new Error(translate('map.arrangeReplaced')))
        else resolve(event.data.positions)
      }
      // The worker could not start or crashed: say so (and start a new one next time) rather than
      // leave "Arranging…" on screen.
      const onError = (event: ErrorEvent) => {
        settle()
        reject(new Error(translate('map.arrangeStopped', { reason: event.message || translate('map.layoutWorkerStopped') })))
      }
      running.addEventListener('message', onMessage)
      running.addEventListener('error', onError)
      running.postMessage({ id, ...graph } satisfies LayoutRequest)
    })
  }, [startWorker])
  return { arrange, arranging }
}
