// @vitest-environment happy-dom
import { useState } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { SelectField } from '../../../src/renderer/src/components/SelectField'
import { descriptionsOf, render, type } from '../render'

afterEach(() => {
  document.body.innerHTML = ''
})

const ROLES = [
  ['facilitator', 'Facilitator'],
  ['participant', 'Participant'],
] as const

function Controlled(props: { error?: string; filter?: boolean; className?: string; onPicked?: (value: string) => void }) {
  const [value, setValue] = useState('')
  return (
    <SelectField
      label="Role"
      value={value}
      placeholder="Choose…"
      options={ROLES}
      onChange={(next) => {
        setValue(next)
        props.onPicked?.(next)
      }}
      error={props.error}
      filter={props.filter}
      className={props.className}
    >
      <option value="observer">Observer</option>
    </SelectField>
  )
}

describe('SelectField', () => {
  it('ties its label to the drop-down', async () => {
    const { get } = await render(<Controlled />)
    expect(document.getElementById(get<HTMLLabelElement>('label').htmlFor)).toBe(get('select'))
  })

  it('offers the “none yet” choice first, then its pairs, then the option elements it is given', async () => {
    const { container } = await render(<Controlled />)
    const options = [...container.querySelectorAll('option')].map((o) => [o.value, o.textContent])
    expect(options).toEqual([
      ['', 'Choose…'],
      ['facilitator', 'Facilitator'],
      ['participant', 'Participant'],
      ['observer', 'Observer'],
    ])
  })

  it('reports the value chosen', async () => {
    const picked: string[] = []
    const { get } = await render(<Controlled onPicked={(value) => picked.push(value)} />)
    await type(get<HTMLSelectElement>('select'), 'participant')
    expect(picked).toEqual(['participant'])
    expect(get<HTMLSelectElement>('select').value).toBe('participant')
  })

  it('shows an error, marks the drop-down invalid and points it to the message', async () => {
    const { get } = await render(<Controlled error="Choose a category from the list." />)
    expect(get('select').getAttribute('aria-invalid')).toBe('true')
    expect(descriptionsOf(get('select'))).toEqual(['Choose a category from the list.'])
    expect(get('.field').classList.contains('has-error')).toBe(true)
  })

  it('in a filter bar it is framed as a filter, with any extra class', async () => {
    const { container } = await render(<Controlled filter className="narrow" />)
    expect(container.firstElementChild!.className).toBe('filter narrow')
  })
})
