// Beside the list: the themes most raised (with their gaps, and a drop target for items), the
// panel's question queue, and the panel itself.
import { memo, useMemo, useState } from 'react'
import { setItemTheme } from '../../../../shared/townhall/actions'
import type { TownHallDocument } from '../../../../shared/townhall/document'
import { hasResource, mostRaised, type ItemGroup } from '../../../../shared/townhall/groups'
import type { TownHall } from '../../../../shared/townhall/model'
import { Tabs } from '../../components/Tabs'
import { useT } from '../../i18n/use-t'
import { ITEM_DRAG_TYPE } from './ItemList'
import { PanelEditor } from './PanelEditor'
import { QueuePanel } from './QueuePanel'
import { ThemeResourcesDialog } from './ThemeResourcesDialog'
import { themeName } from './theme-words'
import type { PerformTownHall } from './use-town-hall-document'
import type { ListFilter } from './list-filter'

interface Props {
  townHall: TownHall
  document: TownHallDocument
  /** The room's groups, as the list counts them. */
  groups: readonly ItemGroup[]
  perform: PerformTownHall
  readOnly: boolean
  filter: ListFilter
  onFilter: (filter: ListFilter) => void
  onAnswer: (id: string) => void
  say: (text: string) => void
}

type TabId = 'themes' | 'questions' | 'panel'

export const SidePanel = memo(function SidePanel(props: Props) {
  const t = useT()
  const [tab, setTab] = useState<TabId>('themes')
  return (
    <aside className="th-side" aria-label={t('townHall.side.label')}>
      <Tabs<TabId>
        label={t('townHall.side.label')}
        selected={tab}
        onSelect={setTab}
        tabs={[
          { id: 'themes', label: t('townHall.side.themes'), shortcut: 'T', content: <ThemesTab {...props} /> },
          { id: 'questions', label: t('townHall.side.questions', { count: props.document.queue.length }), shortcut: 'Q', content: <QueuePanel document={props.document} perform={props.perform} readOnly={props.readOnly} onAnswer={props.onAnswer} /> },
          { id: 'panel', label: t('townHall.side.panel'), shortcut: 'P', content: <PanelEditor panel={props.document.panel} perform={props.perform} readOnly={props.readOnly} /> },
        ]}
      />
    </aside>
  )
})

function ThemesTab({ townHall, document, groups, perform, readOnly, filter, onFilter, say }: Props) {
  const t = useT()
  const [resourcesOf, setResourcesOf] = useState<string | undefined>()
  const [dropOn, setDropOn] = useState<string | undefined>()
  const ranked = useMemo(() => mostRaised(document, groups), [document, groups])
  const counted = new Set(ranked.map((entry) => entry.theme?.id))
  const quiet = document.themes.filter((theme) => !counted.has(theme.id))
  const max = Math.max(1, ...ranked.map((entry) => entry.count))
  const rows = [...ranked.map((entry) => ({ theme: entry.theme, count: entry.count, concerns: entry.groups.some((g) => g.shown.some((i) => i.kind !== 'praise')) })), ...quiet.map((theme) => ({ theme, count: 0, concerns: false }))]
  return (
    <div className="th-themes">
      <h2 className="visually-hidden">{t('townHall.side.mostRaised')}</h2>
      <p className="hint">{t('townHall.side.themesHint')}</p>
      <ul className="th-theme-list">
        {rows.map(({ theme, count, concerns }) => {
          const gap = theme !== undefined && concerns && !hasResource(theme)
          const key = theme?.id ?? 'none'
          const current = filter.kind === 'theme' && filter.themeId === theme?.id
          return (
            <li
              key={key}
              className={`th-theme-row${dropOn === key ? ' drop' : ''}${current ? ' current' : ''}`}
              onDragOver={(event) => {
                if (readOnly || !event.dataTransfer.types.includes(ITEM_DRAG_TYPE)) return
                event.preventDefault()
                setDropOn(key)
              }}
              onDragLeave={() => setDropOn(undefined)}
              onDrop={(event) => {
                setDropOn(undefined)
                const ids = JSON.parse(event.dataTransfer.getData(ITEM_DRAG_TYPE) || '[]') as string[]
                if (ids.length > 0) perform(setItemTheme, { ids, themeId: theme?.id })
              }}
            >
              <button type="button" className="th-theme-name link-button" aria-pressed={current} onClick={() => onFilter(current ? { kind: 'all' } : { kind: 'theme', themeId: theme?.id })}>
                {themeName(t, theme)}
              </button>
              <span className="th-bar-track" aria-hidden="true">
                <span className="th-bar-fill" style={{ width: `${(count / max) * 100}%` }} />
              </span>
              <span className="th-theme-count">{t('townHall.side.raised', { count })}</span>
              {gap && <span className="th-flag gap">{t('townHall.side.gap')}</span>}
              {theme && (
                <button type="button" className="button small quiet" onClick={() => setResourcesOf(theme.id)} aria-label={t('townHall.side.resourcesOf', { theme: themeName(t, theme) })}>
                  {t('townHall.side.resources', { count: theme.serviceIds.length + theme.organizationIds.length })}
                </button>
              )}
            </li>
          )
        })}
      </ul>
      {resourcesOf && (
        <ThemeResourcesDialog townHall={townHall} document={document} themeId={resourcesOf} perform={perform} readOnly={readOnly} onClose={() => setResourcesOf(undefined)} say={say} />
      )}
    </div>
  )
}
