// Tabs after the WAI-ARIA pattern: arrow keys, Home and End move between tabs; each tab may
// also have a shortcut (Alt+Shift+letter) that opens it from anywhere on the screen. Every panel
// stays mounted (hidden when not chosen), so what is typed in one survives a look at another.
import './tabs.css'
import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react'

export interface Tab<Id extends string> {
  id: Id
  label: string
  /** A letter for Alt+Shift+letter. */
  shortcut?: string
  content: ReactNode
}

interface Props<Id extends string> {
  label: string
  tabs: readonly Tab<Id>[]
  selected: Id
  onSelect: (id: Id) => void
  className?: string
}

export function Tabs<Id extends string>({ label, tabs, selected, onSelect, className }: Props<Id>) {
  const base = useId()
  const tabRefs = useRef(new Map<Id, HTMLButtonElement>())
  const choose = (id: Id, focus: 'tab' | 'panel') => {
    onSelect(id)
    // The panel is shown on the next render; move the focus once it is.
    requestAnimationFrame(() => {
      if (focus === 'tab') tabRefs.current.get(id)?.focus()
      else document.getElementById(`${base}-panel-${id}`)?.focus()
    })
  }

  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return
      const tab = tabs.find((t) => t.shortcut && event.code === `Key${t.shortcut.toUpperCase()}`)
      if (!tab) return
      event.preventDefault()
      choose(tab.id, 'panel')
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  })

  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const last = tabs.length - 1
    const target = { ArrowRight: index === last ? 0 : index + 1, ArrowLeft: index === 0 ? last : index - 1, Home: 0, End: last }[event.key]
    if (target === undefined) return
    event.preventDefault()
    choose(tabs[target]!.id, 'tab')
  }

  return (
    <div className={`tabs${className ? ` ${className}` : ''}`}>
      <div role="tablist" aria-label={label} className="tab-list">
        {tabs.map((tab, index) => (
          <button
            key={tab.id}
            ref={(element) => {
              if (element) tabRefs.current.set(tab.id, element)
              else tabRefs.current.delete(tab.id)
            }}
            type="button"
            role="tab"
            id={`${base}-tab-${tab.id}`}
            aria-selected={tab.id === selected}
            aria-controls={`${base}-panel-${tab.id}`}
            aria-keyshortcuts={tab.shortcut ? `Alt+Shift+${tab.shortcut.toUpperCase()}` : undefined}
            tabIndex={tab.id === selected ? 0 : -1}
            className="tab"
            onClick={() => onSelect(tab.id)}
            onKeyDown={(event) => onTabKey(event, index)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`${base}-panel-${tab.id}`}
          aria-labelledby={`${base}-tab-${tab.id}`}
          tabIndex={0}
          hidden={tab.id !== selected}
          className="tab-panel"
        >
          {tab.content}
        </div>
      ))}
    </div>
  )
}
