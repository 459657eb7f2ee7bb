// @vitest-environment happy-dom
import { useState } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { ListEditor } from '../../../src/renderer/src/components/ListEditor'
import { click, render } from '../render'

afterEach(() => {
  document.body.innerHTML = ''
})

function Objectives({ initial }: { initial: string[] }) {
  const [items, setItems] = useState(initial)
  return (
    <ListEditor
      title="Objectives"
      items={items}
      itemName={(item, index) => `Objective ${index + 1}: ${item}`}
      render={(item) => <p className="row-text">{item}</p>}
      onAdd={() => setItems((list) => [...list, `new ${list.length + 1}`])}
      onRemove={(index) => setItems((list) => list.filter((_, i) => i !== index))}
      onMove={(from, to) =>
        setItems((list) => {
          const next = [...list]
          const [moved] = next.splice(from, 1)
          next.splice(to, 0, moved!)
          return next
        })
      }
      addLabel="Add an objective"
    />
  )
}

const rows = (container: HTMLElement) => [...container.querySelectorAll('.row-text')].map((p) => p.textContent)

describe('ListEditor', () => {
  it('is a region named by its title, with a row for each item', async () => {
    const { container, get } = await render(<Objectives initial={['Map who responds', 'Agree on a phone tree']} />)
    const region = get('section')
    expect(document.getElementById(region.getAttribute('aria-labelledby')!)?.textContent).toBe('Objectives')
    expect(rows(container)).toEqual(['Map who responds', 'Agree on a phone tree'])
    expect([...container.querySelectorAll('.item-name')].map((n) => n.textContent)).toEqual(['Objective 1: Map who responds', 'Objective 2: Agree on a phone tree'])
  })

  it('adds a row at the end', async () => {
    const { container, button } = await render(<Objectives initial={['first']} />)
    await click(button('Add an objective'))
    expect(rows(container)).toEqual(['first', 'new 2'])
  })

  it('removes the row whose Remove is pressed, named after that row', async () => {
    const { container, button } = await render(<Objectives initial={['first', 'second', 'third']} />)
    await click(button('Remove Objective 2: second'))
    expect(rows(container)).toEqual(['first', 'third'])
  })

  it('moves a row up or down with buttons named after the row', async () => {
    const { container, button } = await render(<Objectives initial={['first', 'second', 'third']} />)
    await click(button('Move Objective 3: third up'))
    expect(rows(container)).toEqual(['first', 'third', 'second'])
    await click(button('Move Objective 1: first down'))
    expect(rows(container)).toEqual(['third', 'first', 'second'])
  })

  it('cannot move the first row up or the last row down', async () => {
    const { button } = await render(<Objectives initial={['first', 'second']} />)
    expect(button('Move Objective 1: first up').disabled).toBe(true)
    expect(button('Move Objective 2: second down').disabled).toBe(true)
    expect(button('Move Objective 1: first down').disabled).toBe(false)
  })

  it('keeps the drag handle out of the accessibility tree (the buttons are the keyboard way)', async () => {
    const { get } = await render(<Objectives initial={['first']} />)
    const handle = get('.drag-handle')
    expect(handle.getAttribute('aria-hidden')).toBe('true')
    expect(handle.getAttribute('draggable')).toBe('true')
  })
})
