// A list the facilitator edits in place: add a row, remove one, move one up or down by keyboard or by dragging.
import { ArrowDown, ArrowUp, GripVertical, Plus, Trash2 } from 'lucide-react'
import { useId, useState, type ReactNode } from 'react'

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
  const [dragging, setDragging] = useState<number | undefined>()
  const headingId = useId()
  return (
    <section className="list-editor" aria-labelledby={headingId}>
      <h2 id={headingId} className="list-title">
        {title}
      </h2>
      <ol className="list-items">
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
                  title="Drag to reorder"
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
                <button type="button" className="icon-button" aria-label={`Move ${name} up`} disabled={index === 0} onClick={() => onMove(index, index - 1)}>
                  <ArrowUp aria-hidden="true" />
                </button>
                <button type="button" className="icon-button" aria-label={`Move ${name} down`} disabled={index === items.length - 1} onClick={() => onMove(index, index + 1)}>
                  <ArrowDown aria-hidden="true" />
                </button>
                <button type="button" className="icon-button" aria-label={`Remove ${name}`} onClick={() => onRemove(index)}>
                  <Trash2 aria-hidden="true" />
                </button>
              </div>
              {render(item, index)}
            </li>
          )
        })}
      </ol>
      <button type="button" className="button quiet" onClick={onAdd}>
        <Plus aria-hidden="true" /> {addLabel}
      </button>
    </section>
  )
}
