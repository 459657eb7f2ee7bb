// The room's items as one virtualized list (thousands stay fast): a listbox the keyboard walks
// with ↑/↓, Space to select, Shift to extend; letters act on the selection (T theme, M merge,
// U unmerge, A answer, F follow-up, Q queue, H hide, Enter open). Rows drag onto a theme.
import { useVirtualizer } from '@tanstack/react-virtual'
import { memo, useEffect, useRef, type KeyboardEvent } from 'react'
import type { Theme } from '../../../../shared/townhall/document'
import type { ItemGroup } from '../../../../shared/townhall/groups'
import { useT } from '../../i18n/use-t'
import { themeName } from './theme-words'

export const ITEM_DRAG_TYPE = 'application/x-roundtable-items'
export const ITEM_LIST_ID = 'th-item-list'
const ROW_HEIGHT = 64

export type ListCommand = 'theme' | 'merge' | 'unmerge' | 'answer' | 'followUp' | 'queue' | 'hide' | 'open'
const KEYS: Record<string, ListCommand> = { t: 'theme', m: 'merge', u: 'unmerge', a: 'answer', f: 'followUp', q: 'queue', h: 'hide', enter: 'open' }

interface Props {
  groups: readonly ItemGroup[]
  themes: ReadonlyMap<string, Theme>
  queued: ReadonlySet<string>
  active: string | undefined
  selected: ReadonlySet<string>
  onActive: (id: string) => void
  onSelect: (ids: Set<string>) => void
  onCommand: (command: ListCommand) => void
  label: string
}

export const ItemList = memo(function ItemList({ groups, themes, queued, active, selected, onActive, onSelect, onCommand, label }: Props) {
  const t = useT()
  const scroller = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({ count: groups.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 8 })
  const activeIndex = groups.findIndex((g) => g.lead.id === active)
  useEffect(() => {
    if (activeIndex >= 0) virtualizer.scrollToIndex(activeIndex, { align: 'auto' })
  }, [activeIndex, virtualizer])

  const move = (event: KeyboardEvent, to: number) => {
    const next = groups[Math.max(0, Math.min(groups.length - 1, to))]
    if (!next) return
    event.preventDefault()
    onActive(next.lead.id)
    if (event.shiftKey) onSelect(new Set([...selected, ...(active ? [active] : []), next.lead.id]))
  }
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.metaKey) return
    const index = activeIndex < 0 ? -1 : activeIndex
    if (event.key === 'ArrowDown') return move(event, index + 1)
    if (event.key === 'ArrowUp') return move(event, index - 1)
    if (event.key === 'Home') return move(event, 0)
    if (event.key === 'End') return move(event, groups.length - 1)
    if (event.key === 'PageDown') return move(event, index + 8)
    if (event.key === 'PageUp') return move(event, index - 8)
    if (event.ctrlKey) {
      if (event.key.toLowerCase() === 'a') {
        event.preventDefault()
        onSelect(new Set(groups.map((g) => g.lead.id)))
      }
      return
    }
    if (event.key === ' ' && active) {
      event.preventDefault()
      const next = new Set(selected)
      if (next.has(active)) next.delete(active)
      else next.add(active)
      onSelect(next)
      return
    }
    if (event.key === 'Escape' && selected.size > 0) {
      event.preventDefault()
      onSelect(new Set())
      return
    }
    const command = KEYS[event.key.toLowerCase()]
    if (command && !event.shiftKey) {
      event.preventDefault()
      onCommand(command)
    }
  }

  return (
    <div
      id={ITEM_LIST_ID}
      ref={scroller}
      className="th-list"
      role="listbox"
      aria-multiselectable="true"
      aria-label={label}
      aria-activedescendant={active && activeIndex >= 0 ? `th-item-${active}` : undefined}
      aria-keyshortcuts="Alt+Shift+L"
      tabIndex={0}
      onKeyDown={onKeyDown}
      onFocus={() => {
        if ((!active || activeIndex < 0) && groups[0]) onActive(groups[0].lead.id)
      }}
    >
      {groups.length === 0 && <p className="empty th-list-empty">{t('townHall.list.empty')}</p>}
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((row) => {
          const group = groups[row.index]!
          return (
            <div key={group.lead.id} style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${row.start}px)` }}>
              <ItemRow
                group={group}
                theme={group.lead.themeId ? themes.get(group.lead.themeId) : undefined}
                queued={queued.has(group.lead.id)}
                active={group.lead.id === active}
                selected={selected.has(group.lead.id)}
                selection={selected}
                onActive={onActive}
                onSelect={onSelect}
              />
            </div>
          )
        })}
      </div>
    </div>
  )
})

interface RowProps {
  group: ItemGroup
  theme: Theme | undefined
  queued: boolean
  active: boolean
  selected: boolean
  selection: ReadonlySet<string>
  onActive: (id: string) => void
  onSelect: (ids: Set<string>) => void
}

const ItemRow = memo(function ItemRow({ group, theme, queued, active, selected, selection, onActive, onSelect }: RowProps) {
  const t = useT()
  const { lead } = group
  const hidden = group.count === 0
  const who = group.shown.find((i) => i.speaker)?.speaker?.name
  return (
    <div
      id={`th-item-${lead.id}`}
      role="option"
      aria-selected={selected}
      className={`th-item kind-${lead.kind}${active ? ' active' : ''}${selected ? ' selected' : ''}${hidden ? ' hidden-item' : ''}`}
      draggable
      onDragStart={(event) => {
        const ids = selection.has(lead.id) ? [...selection] : [lead.id]
        event.dataTransfer.setData(ITEM_DRAG_TYPE, JSON.stringify(ids))
        event.dataTransfer.effectAllowed = 'move'
      }}
      onClick={(event) => {
        onActive(lead.id)
        if (event.ctrlKey || event.metaKey || event.shiftKey) {
          const next = new Set(selection)
          if (next.has(lead.id)) next.delete(lead.id)
          else next.add(lead.id)
          onSelect(next)
        }
      }}
    >
      <span className={`th-kind th-kind-${lead.kind}`}>{t('townHall.kind', { kind: lead.kind })}</span>
      <span className="th-item-text" lang={lead.language === 'other' ? undefined : lead.language}>
        {lead.text}
      </span>
      {group.count > 1 && (
        <span className="th-count" aria-label={t('townHall.list.raised', { count: group.count })}>
          ×{group.count}
        </span>
      )}
      <span className="th-item-meta">
        <span className="th-theme-tag">{themeName(t, theme)}</span>
        {who ? <span>{who}</span> : <span className="muted">{t('townHall.anonymous')}</span>}
        {lead.place && <span>{lead.place}</span>}
        {lead.answer && <span className="th-flag answered">{t('townHall.list.answered')}</span>}
        {lead.followUp && <span className="th-flag follow-up">{t('townHall.list.followUp', { owner: lead.followUp.ownerName })}</span>}
        {queued && <span className="th-flag queued">{t('townHall.list.queued')}</span>}
        {hidden && <span className="th-flag hidden-flag">{t('townHall.list.hidden')}</span>}
      </span>
    </div>
  )
})
