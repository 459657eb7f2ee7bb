// @vitest-environment happy-dom
import { act } from 'react'
import { createRoot } from 'react-dom/client'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ErrorBoundary } from '../../../src/renderer/src/components/ErrorBoundary'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

let shouldThrow = true
function Fragile() {
  if (shouldThrow) throw new Error('render failed')
  return <p>Screen is back</p>
}

afterEach(() => {
  document.body.innerHTML = ''
  vi.restoreAllMocks()
})

describe('ErrorBoundary', () => {
  it('shows a recoverable message instead of a blank screen, and Try again re-renders', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    shouldThrow = true
    const container = document.createElement('div')
    document.body.append(container)
    const root = createRoot(container)
    await act(async () => {
      root.render(
        <ErrorBoundary>
          <Fragile />
        </ErrorBoundary>,
      )
    })
    expect(container.querySelector('[role="alert"] h2')?.textContent).toBe('This screen ran into a problem')
    expect(container.textContent).toContain('Your saved work is safe')

    shouldThrow = false
    const tryAgain = [...container.querySelectorAll('button')].find((b) => b.textContent === 'Try again')!
    await act(async () => {
      tryAgain.click()
    })
    expect(container.textContent).toBe('Screen is back')
    root.unmount()
  })
})
