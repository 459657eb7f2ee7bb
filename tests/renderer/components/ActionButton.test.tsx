// @vitest-environment happy-dom
import { Plus } from 'lucide-react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ActionButton } from '../../../src/renderer/src/components/ActionButton'
import { click, render } from '../render'

afterEach(() => {
  document.body.innerHTML = ''
})

describe('ActionButton', () => {
  it('is named by its words alone: the icon is hidden from screen readers', async () => {
    const onClick = vi.fn()
    const { get } = await render(<ActionButton look="primary" icon={Plus} label="Add service" onClick={onClick} />)
    const button = get<HTMLButtonElement>('button')
    expect(button.textContent?.trim()).toBe('Add service')
    expect(button.className).toBe('button primary')
    expect(button.type).toBe('button')
    expect(get('svg').getAttribute('aria-hidden')).toBe('true')
    await click(button)
    expect(onClick).toHaveBeenCalledOnce()
  })

  it('without a look it is a plain button', async () => {
    const { get } = await render(<ActionButton icon={Plus} label="Add organization" onClick={() => undefined} />)
    expect(get('button').className).toBe('button')
  })
})
