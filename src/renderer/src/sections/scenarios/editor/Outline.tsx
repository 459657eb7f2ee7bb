// The scenario's outline beside the editor's form: the overview's parts, then each module and what
// it holds, one line each. A tree with one tab stop: arrows choose (the form follows), Alt+arrows
// move the item among its own kind, Enter goes to its form, Delete removes it.
import { useEffect, useRef, type KeyboardEvent } from 'react'
import type { OutlineItem, OutlineRef } from '../../../../../shared/scenario/outline'
import { useT } from '../../../i18n/use-t'

interface Props {
  items: readonly OutlineItem[]
  selected: string
  /** The number label ("Module 2", "Need 1.3") and the item's words, as the outline shows them. */
  nameOf: (item: OutlineItem) => { name: string; text?: string | undefined }
  problems: (ref: OutlineRef) => number
  onSelect: (ref: OutlineRef) => void
  onMove: (ref: OutlineRef, delta: -1 | 1) => void
  onRemove: (ref: OutlineRef) => void
  /** Enter: go to the selected item's form. */
  onEdit: () => void
  /** Bumped when the outline should take the focus (after a move, a removal, Alt+Shift+O). */
  focusRequest: number
}

export function Outline({ items, selected, nameOf, problems, onSelect, onMove, onRemove, onEdit, focusRequest }: Props) {
  const t = useT()
  const rows = useRef(new Map<string, HTMLLIElement>())
  const index = Math.max(0, items.findIndex((item) => item.key === selected))

  useEffect(() => {
    if (focusRequest > 0) rows.current.get(selected)?.focus()
    // Only a new request moves the focus; choosing with the mouse leaves it where it was clicked.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusRequest])

  const choose = (next: number) => {
    const item = items[Math.min(items.length - 1, Math.max(0, next))]
    if (!item) return
    onSelect(item.ref)
    rows.current.get(item.key)?.focus()
  }

  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    const item = items[index]
    if (!item) return
    const movable = item.ref.kind !== 'overview' && item.ref.kind !== 'objectives' && item.ref.kind !== 'participants' && item.ref.kind !== 'variables'
    let handled = true
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      if (movable) onMove(item.ref, event.key === 'ArrowUp' ? -1 : 1)
    } else if (event.altKey || event.ctrlKey || event.metaKey) handled = false
    else if (event.key === 'ArrowDown') choose(index + 1)
    else if (event.key === 'ArrowUp') choose(index - 1)
    else if (event.key === 'Home') choose(0)
    else if (event.key === 'End') choose(items.length - 1)
    else if (event.key === 'Enter') onEdit()
    else if (event.key === 'Delete' && movable) onRemove(item.ref)
    else handled = false
    if (handled) event.preventDefault()
  }

  return (
    <nav className="outline" aria-label={t('editor.outline.label')}>
      <ul role="tree" aria-label={t('editor.outline.label')} aria-describedby="outline-keys" onKeyDown={onKeyDown}>
        {items.map((item, i) => {
          const { name, text } = nameOf(item)
          const count = problems(item.ref)
          const isSelected = i === index
          return (
            <li
              key={item.key}
              ref={(element) => void (element ? rows.current.set(item.key, element) : rows.current.delete(item.key))}
              role="treeitem"
              aria-level={item.level}
              aria-selected={isSelected}
              tabIndex={isSelected ? 0 : -1}
              className={`outline-item level-${item.level}${isSelected ? ' selected' : ''}${count > 0 ? ' has-problems' : ''}`}
              data-kind={item.ref.kind}
              onClick={() => onSelect(item.ref)}
            >
              <span className="outline-name">{name}</span>
              {text !== undefined && <span className={`outline-text${text === '' ? ' not-written' : ''}`}>{text || t('editor.outline.notWritten')}</span>}
              {count > 0 && <span className="outline-problems">{t('editor.outline.problems', { count })}</span>}
            </li>
          )
        })}
      </ul>
      <p className="hint" id="outline-keys">
        {t('editor.outline.keys')}
      </p>
    </nav>
  )
}
