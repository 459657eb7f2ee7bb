// @vitest-environment happy-dom
import { act } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ErrorBoundary } from '../../../src/renderer/src/components/ErrorBoundary'
import { render } from '../render'

let shouldThrow = true
function Fragile() {
  if (shouldThrow) throw new Error('render failed')
  return <p>Screen is back</p>
}

afterEach(() => {
  document.body.innerHTML = ''
  vi.restoreAllMocks()
})

/** A screen that fails to render, inside the boundary, in a language. */
function renderFailing(language: 'en' | 'es' = 'en') {
  vi.spyOn(console, 'error').mockImplementation(() => undefined)
  shouldThrow = true
  return render(
    <ErrorBoundary>
      <Fragile />
    </ErrorBoundary>,
    language,
  )
}

describe('ErrorBoundary', () => {
  it('shows a recoverable message instead of a blank screen, and Try again re-renders', async () => {
    const { container, unmount } = await renderFailing()
    expect(container.querySelector('[role="alert"] h2')?.textContent).toBe('This screen ran into a problem')
    expect(container.textContent).toContain('Your saved work is safe')

    shouldThrow = false
    const tryAgain = [...container.querySelectorAll('button')].find((b) => b.textContent === 'Try again')!
    await act(async () => {
      tryAgain.click()
    })
    expect(container.textContent).toBe('Screen is back')
    unmount()
  })

  it('speaks the app’s language', async () => {
    const { container, unmount } = await renderFailing('es')
    expect(container.querySelector('[role="alert"] h2')?.textContent).toBe('Esta pantalla tuvo un problema')
    expect([...container.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Intentar de nuevo', 'Volver a cargar la ventana'])
    unmount()
  })
})
