// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { SearchFilter } from '../../../src/renderer/src/components/SearchFilter'
import { render, type } from '../render'

afterEach(() => {
  document.body.innerHTML = ''
})

describe('SearchFilter', () => {
  it('is a search box labelled Search, in the filter bar’s frame, that reports what is typed', async () => {
    const onChange = vi.fn()
    const { get, container } = await render(<SearchFilter value="" placeholder="Title, place, anything in the text" onChange={onChange} />)
    const input = get<HTMLInputElement>('input')
    expect(document.getElementById(get<HTMLLabelElement>('label').htmlFor)).toBe(input)
    expect(get('label').textContent).toBe('Search')
    expect(input.type).toBe('search')
    expect(input.maxLength).toBe(200)
    expect(container.firstElementChild!.className).toBe('filter search-filter')
    await type(input, 'heat')
    expect(onChange).toHaveBeenCalledWith('heat')
  })
})
