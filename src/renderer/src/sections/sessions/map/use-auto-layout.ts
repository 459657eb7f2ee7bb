// Auto-layout from React: one worker per open map, started on first use; a newer request
// supersedes an older one still running.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { LayoutRequest, LayoutResult } from './layout'

export function useAutoLayout(): { arrange: (graph: Omit<LayoutRequest, 'id'>) => Promise<LayoutResult['positions']>; arranging: boolean } {
  const worker = useRef<Worker | undefined>(undefined)
  const latest = useRef(0)
  const [arranging, setArranging] = useState(false)
  // Started with the map, so ELK is loaded and warmed up before anyone presses Arrange.
  useEffect(() => {
    worker.current = startWorker()
    return () => {
      worker.current?.terminate()
      worker.current = undefined
    }
  }, [])
  const arrange = useCallback((graph: Omit<LayoutRequest, 'id'>) => {
    worker.current ??= startWorker()
    const id = ++latest.current
    const running = worker.current
    setArranging(true)
    return new Promise<LayoutResult['positions']>((resolve, reject) => {
      const onMessage = (event: MessageEvent<LayoutResult>) => {
        if (event.data.id !== id) return
        running.removeEventListener('message', onMessage)
        if (id === latest.current) setArranging(false)
        if (event.data.error) reject(new Error(`The map could not be arranged: ${event.data.error}`))
        else if (id !== latest.current) reject(new Error('A newer arrangement replaced this one.'))
        else resolve(event.data.positions)
      }
      running.addEventListener('message', onMessage)
      running.postMessage({ id, ...graph } satisfies LayoutRequest)
    })
  }, [])
  return { arrange, arranging }
}

function startWorker(): Worker {
  return new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module', name: 'map-layout' })
}
