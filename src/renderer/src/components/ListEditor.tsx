// A list the facilitator edits in place: add a row, remove one, move one up or down by keyboard or by dragging.
import { ArrowDown, ArrowUp, GripVertical, Plus, Trash2 } from 'lucide-react'
import { useEffect, useId, useRef, useState, type ReactNode } from 'react'
import { useT } from '../i18n/use-t'

export interface ListEditorProps<T> {
  title: string
  items: readonly T[]
  itemName: (item: T, index: number) => string
  render: (item: T, index: number) => ReactNode
  onMove: (from: number, to: number) => void
  onRemove: (index: number) => void
  onAdd: () => void
  addLabel: string
}

/** A list whose items move with Up/Down buttons (keyboard) or by dragging their handle. */
export function ListEditor<T>({ title, items, itemName, render, onMove, onRemove, onAdd, addLabel }: ListEditorProps<T>) {
  const t = useT()
  const [dragging, setDragging] = useState<number | undefined>()
  const headingId = useId()
  const list = useRef<HTMLOListElement>(null)
  // After Add, the new row's first field takes the focus, so a keyboard user types on.
  const added = useRef(false)
  useEffect(() => {
    if (!added.current) return
    added.current = false
    list.current?.lastElementChild?.querySelector<HTMLElement>('input, select, textarea')?.focus()
  }, [items.length])
  return (
    <section className="list-editor" aria-labelledby={headingId}>
      <h2 id={headingId} className="list-title">
        {title}
      </h2>
      <ol className="list-items" ref={list}>
        {items.map((item, index) => {
          const name = itemName(item, index)
          return (
            <li
              key={index}
              className={`list-item${dragging === index ? ' dragging' : ''}`}
              onDragOver={(event) => {
                if (dragging !== undefined) event.preventDefault()
              }}
              onDrop={(event) => {
                event.preventDefault()
                if (dragging !== undefined) onMove(dragging, index)
                setDragging(undefined)
              }}
            >
              <div className="item-bar">
                <span
                  className="drag-handle"
                  draggable
                  aria-hidden="true"
                  title={t('listEditor.drag')}
                  onDragStart={(event) => {
                    event.dataTransfer.effectAllowed = 'move'
                    event.dataTransfer.setData('text/plain', String(index))
                    setDragging(index)
                  }}
                  onDragEnd={() => setDragging(undefined)}
                >
                  <GripVertical />
                </span>
                <span className="item-name">{name}</span>
                <button type="button" className="icon-button" aria-label={t('editor.item.moveUp', { name })} disabled={index === 0} onClick={() => onMove(index, index - 1)}>
                  <ArrowUp aria-hidden="true" />
                </button>
                <button type="button" className="icon-button" aria-label={t('editor.item.moveDown', { name })} disabled={index === items.length - 1} onClick={() => onMove(index, index + 1)}>
                  <ArrowDown aria-hidden="true" />
                </button>
                <button type="button" className="icon-button" aria-label={t('editor.item.remove', { name })} onClick={() => onRemove(index)}>
                  <Trash2 aria-hidden="true" />
                </button>
              </div>
              {render(item, index)}
            </li>
          )
        })}
      </ol>
      <button
        type="button"
        className="button quiet"
        onClick={() => {
          added.current = true
          onAdd()
        }}
      >
        <Plus aria-hidden="true" /> {addLabel}
      </button>
    </section>
  )
}
