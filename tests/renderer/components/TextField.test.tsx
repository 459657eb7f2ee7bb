// @vitest-environment happy-dom
import { useState } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { TextField } from '../../../src/renderer/src/components/TextField'
import { descriptionsOf, render, type } from '../render'

afterEach(() => {
  document.body.innerHTML = ''
})

function Controlled(props: { error?: string; hint?: string; multiline?: boolean; rows?: number }) {
  const [value, setValue] = useState('Englewood')
  return <TextField label="Community areas" value={value} onChange={setValue} {...props} />
}

describe('TextField', () => {
  it('ties its label to the input, so the field is found by its label', async () => {
    const { get } = await render(<Controlled />)
    const label = get<HTMLLabelElement>('label')
    expect(label.textContent).toBe('Community areas')
    expect(label.htmlFor).not.toBe('')
    expect(document.getElementById(label.htmlFor)).toBe(get('input'))
  })

  it('gives each field its own id, so two fields with the same label never share one', async () => {
    const { container } = await render(
      <>
        <Controlled />
        <Controlled />
      </>,
    )
    const [first, second] = [...container.querySelectorAll('input')]
    expect(first!.id).not.toBe(second!.id)
  })

  it('reports what is typed', async () => {
    const { get } = await render(<Controlled />)
    await type(get<HTMLInputElement>('input'), 'Englewood; West Englewood')
    expect(get<HTMLInputElement>('input').value).toBe('Englewood; West Englewood')
  })

  it('shows an error under the field, marks the input invalid and points the input to the message', async () => {
    const { get } = await render(<Controlled error="“Englewod” is not a community area name or number (1–77)." />)
    const input = get('input')
    expect(get('.field-error').textContent).toBe('“Englewod” is not a community area name or number (1–77).')
    expect(input.getAttribute('aria-invalid')).toBe('true')
    expect(descriptionsOf(input)).toEqual(['“Englewod” is not a community area name or number (1–77).'])
    expect(get('.field').className).toBe('field has-error')
  })

  it('describes the input by its hint, then its error', async () => {
    const { get } = await render(<Controlled hint="Names or numbers separated by ;" error="Name at least one area." />)
    expect(descriptionsOf(get('input'))).toEqual(['Names or numbers separated by ;', 'Name at least one area.'])
  })

  it('without an error the input is valid, shows no message and is described by its hint alone', async () => {
    const { get, container } = await render(<Controlled hint="Names or numbers separated by ;" />)
    expect(get('input').getAttribute('aria-invalid')).toBe('false')
    expect(container.querySelector('.field-error')).toBeNull()
    expect(descriptionsOf(get('input'))).toEqual(['Names or numbers separated by ;'])
  })

  it('without hint or error the input is described by nothing', async () => {
    const { get } = await render(<Controlled />)
    expect(get('input').hasAttribute('aria-describedby')).toBe(false)
  })

  it('several lines give a text area, two lines tall unless told', async () => {
    const short = await render(<Controlled multiline />)
    expect(short.get('textarea').getAttribute('rows')).toBe('2')
    const tall = await render(<Controlled multiline rows={4} />)
    expect(tall.get('textarea').getAttribute('rows')).toBe('4')
    expect(document.getElementById(tall.get<HTMLLabelElement>('label').htmlFor)).toBe(tall.get('textarea'))
  })
})
