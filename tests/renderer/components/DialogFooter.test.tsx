// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DialogFooter } from '../../../src/renderer/src/components/DialogFooter'
import { click, render } from '../render'

afterEach(() => {
  document.body.innerHTML = ''
})

describe('DialogFooter', () => {
  it('puts Delete first and set apart, then Cancel, then the dialog’s own action', async () => {
    const { container } = await render(
      <DialogFooter onCancel={() => undefined} confirm={{ label: 'Save changes', onClick: () => undefined }} remove={{ label: 'Delete', onClick: () => undefined }} />,
    )
    const buttons = [...container.querySelectorAll('button')]
    expect(buttons.map((b) => b.textContent?.trim())).toEqual(['Delete', 'Cancel', 'Save changes'])
    expect(buttons.map((b) => b.className)).toEqual(['button danger push-left', 'button', 'button primary'])
    expect(buttons.every((b) => b.type === 'button')).toBe(true)
  })

  it('calls each button’s own handler', async () => {
    const onCancel = vi.fn()
    const onSave = vi.fn()
    const onDelete = vi.fn()
    const { button } = await render(<DialogFooter onCancel={onCancel} confirm={{ label: 'Add service', onClick: onSave }} remove={{ label: 'Delete', onClick: onDelete }} />)
    await click(button('Cancel'))
    await click(button('Add service'))
    await click(button('Delete'))
    expect([onCancel.mock.calls.length, onSave.mock.calls.length, onDelete.mock.calls.length]).toEqual([1, 1, 1])
  })

  it('a busy action is disabled and cannot be pressed', async () => {
    const onSave = vi.fn()
    const { button } = await render(<DialogFooter onCancel={() => undefined} confirm={{ label: 'Save changes', onClick: onSave, disabled: true }} />)
    expect(button('Save changes').disabled).toBe(true)
    await click(button('Save changes'))
    expect(onSave).not.toHaveBeenCalled()
  })

  it('with nothing to do it offers only a button to leave, under the name it is given', async () => {
    const { container } = await render(<DialogFooter onCancel={() => undefined} cancelLabel="Close" />)
    expect([...container.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Close'])
  })
})
