// The running town hall on one screen: capture on top, the room's items below (virtualized,
// keyboard-driven), and beside them what the room means — themes most raised and their gaps,
// the panel's question queue, who answers.
import { ArrowLeft, FileText, MonitorPlay, Pencil } from 'lucide-react'
import { useCallback, useMemo, useState } from 'react'
import { useEvent } from '../../lib/use-event'
import { mergeItems, queueItem, setHidden, unmergeItem, unqueueItem } from '../../../../shared/townhall/actions'
import type { Theme } from '../../../../shared/townhall/document'
import { textKey } from '../../../../shared/text-key'
import { itemGroups } from '../../../../shared/townhall/groups'
import type { TownHall } from '../../../../shared/townhall/model'
import { call, errorMessage } from '../../api/client'
import { useT } from '../../i18n/use-t'
import { HistoryButtons } from '../sessions/console/HistoryButtons'
import { useHistoryKeys } from '../sessions/console/use-history-keys'
import { AttendanceCounter } from './AttendanceCounter'
import { CaptureForm } from './CaptureForm'
import { ItemDialog, type DialogKind } from './ItemDialogs'
import { ITEM_LIST_ID, ItemList, type ListCommand } from './ItemList'
import { SidePanel } from './SidePanel'
import { themeName } from './theme-words'
import { TownHallDetailsEditor } from './TownHallForm'
import type { ListFilter } from './list-filter'
import { useTownHallFacts } from './town-hall-facts'
import type { TownHallDocumentApi } from './use-town-hall-document'
import { useWorkspaceKeys } from './use-workspace-keys'

interface Props {
  townHall: TownHall
  document: TownHallDocumentApi
  onBack: () => void
  onReport: () => void
  onChanged: (townHall: TownHall) => void
  say: (text: string) => void
}

export function Workspace({ townHall, document: api, onBack, onReport, onChanged, say }: Props) {
  const t = useT()
  const facts = useTownHallFacts(townHall)
  const { document, perform, undo, redo } = api
  const readOnly = townHall.status === 'finished'
  const [filter, setFilter] = useState<ListFilter>({ kind: 'all' })
  const [query, setQuery] = useState('')
  const [active, setActive] = useState<string | undefined>()
  const [selected, setSelected] = useState<Set<string>>(new Set())
  const [dialog, setDialog] = useState<{ kind: DialogKind; ids: string[] } | undefined>()
  const [editing, setEditing] = useState(false)
  useHistoryKeys(undo, redo)
  useWorkspaceKeys()

  const themes = useMemo(() => new Map((document?.themes ?? []).map((theme) => [theme.id, theme])), [document?.themes])
  const queued = useMemo(() => new Set(document?.queue ?? []), [document?.queue])
  // The room's groups, counted once per change for the list and the themes beside it.
  const shownGroups = useMemo(() => (document ? itemGroups(document) : []), [document])
  const groups = useMemo(() => {
    if (!document) return []
    const all = (filter.kind === 'hidden' ? itemGroups(document, { includeHidden: true }) : [...shownGroups]).reverse()
    const kept =
      filter.kind === 'hidden'
        ? all.filter((g) => g.items.some((i) => i.hidden))
        : filter.kind === 'questions'
          ? all.filter((g) => g.lead.kind === 'question')
          : filter.kind === 'theme'
            ? all.filter((g) => (filter.themeId === undefined ? g.lead.themeId === undefined || !themes.has(g.lead.themeId) : g.lead.themeId === filter.themeId))
            : all
    // Found by any of a group's wordings, ignoring case and accents ("luces" finds "Luces").
    const wanted = textKey(query)
    return wanted === '' ? kept : kept.filter((g) => g.items.some((i) => textKey(i.text).includes(wanted) || (i.speaker !== undefined && textKey(i.speaker.name).includes(wanted))))
  }, [document, filter, themes, shownGroups, query])

  const targets = useCallback((): string[] => (selected.size > 0 ? [...selected] : active ? [active] : []), [selected, active])
  const onCommand = useEvent((command: ListCommand) => {
    if (!document || readOnly) return
    const ids = targets()
    if (ids.length === 0) return
    if (command === 'merge') {
      if (ids.length < 2) return say(t('townHall.list.mergeNeedsTwo'))
      perform(mergeItems, { ids })
      setSelected(new Set())
      return
    }
    if (command === 'unmerge') return perform(unmergeItem, { id: ids[0]! })
    if (command === 'hide') {
      const group = groups.find((g) => g.lead.id === ids[0])
      const hide = filter.kind !== 'hidden' && group !== undefined && group.count > 0
      const all = groups.filter((g) => ids.includes(g.lead.id)).flatMap((g) => g.items.map((i) => i.id))
      perform(setHidden, { ids: all, hidden: hide })
      setSelected(new Set())
      return
    }
    if (command === 'queue') {
      const id = ids[0]!
      perform(queued.has(id) ? unqueueItem : queueItem, { id })
      return
    }
    setDialog({ kind: command, ids })
  })
  const onAnswer = useCallback((id: string) => setDialog({ kind: 'answer', ids: [id] }), [])

  const setStatus = (status: TownHall['status']) => call('townHalls.setStatus', { id: townHall.id, status }).then(onChanged, (error: unknown) => say(errorMessage(error)))

  return (
    <section className="th-workspace" aria-labelledby="town-hall-title">
      <header className="th-bar">
        <button type="button" className="button quiet small" onClick={onBack} aria-label={t('townHall.all')}>
          <ArrowLeft aria-hidden="true" />
        </button>
        <div className="th-bar-title">
          <h1 id="town-hall-title">{townHall.title}</h1>
          <p className="muted">{facts}</p>
        </div>
        {document && <AttendanceCounter document={document} perform={perform} readOnly={readOnly} expected={townHall.expectedAttendance} />}
        <HistoryButtons undo={undo} redo={redo} undoLabel={api.undoLabel} redoLabel={api.redoLabel} readOnly={readOnly} />
        <span className="th-saved" role="status" aria-live="polite">
          {api.problem ? <span className="inline-error">{errorMessage(api.problem.error)}</span> : api.saving ? t('townHall.saving') : t('townHall.saved')}
        </span>
        <a className="button small" href={`#/present-town-hall/${townHall.id}`} target="_blank" rel="noopener" title={t('townHall.presenterView')}>
          <MonitorPlay aria-hidden="true" /> {t('townHall.presenterButton')}
        </a>
        <button type="button" className="button small" onClick={onReport}>
          <FileText aria-hidden="true" /> {t('townHall.report')}
        </button>
        {!readOnly && (
          <button type="button" className="button small quiet" onClick={() => setEditing(true)} aria-label={t('townHall.editDetails')} title={t('townHall.editDetails')}>
            <Pencil aria-hidden="true" />
          </button>
        )}
        {readOnly ? (
          <button type="button" className="button small" onClick={() => void setStatus('running')}>
            {t('townHall.reopen')}
          </button>
        ) : (
          <button type="button" className="button small" onClick={() => void setStatus('finished')}>
            {t('townHall.finish')}
          </button>
        )}
      </header>
      {readOnly && <p className="notice notice-info th-finished">{t('townHall.finishedNote')}</p>}
      {!document ? (
        <p role="status">{api.problem ? errorMessage(api.problem.error) : t('common.loading')}</p>
      ) : (
        <div className="th-body">
          <div className="th-main">
            <CaptureForm themes={document.themes} perform={perform} languages={townHall.languages} readOnly={readOnly} />
            <ListBar filter={filter} onFilter={setFilter} query={query} onQuery={setQuery} count={groups.length} selected={selected.size} themes={document.themes} onCommand={onCommand} readOnly={readOnly} />
            <ItemList groups={groups} themes={themes} queued={queued} active={active} selected={selected} onActive={setActive} onSelect={setSelected} onCommand={onCommand} label={t('townHall.list.label')} />
          </div>
          <SidePanel townHall={townHall} document={document} groups={shownGroups} perform={perform} readOnly={readOnly} filter={filter} onFilter={setFilter} onAnswer={onAnswer} say={say} />
        </div>
      )}
      {dialog && document && (
        <ItemDialog
          kind={dialog.kind}
          ids={dialog.ids}
          document={document}
          perform={perform}
          onClose={() => {
            setDialog(undefined)
            // Back to the list, where the keys that opened the dialog were pressed.
            requestAnimationFrame(() => window.document.getElementById(ITEM_LIST_ID)?.focus())
          }}
        />
      )}
      {editing && (
        <TownHallDetailsEditor townHall={townHall} onClose={() => setEditing(false)} onChanged={onChanged} />
      )}
    </section>
  )
}

function ListBar({ filter, onFilter, query, onQuery, count, selected, themes, onCommand, readOnly }: { filter: ListFilter; onFilter: (f: ListFilter) => void; query: string; onQuery: (query: string) => void; count: number; selected: number; themes: readonly Theme[]; onCommand: (c: ListCommand) => void; readOnly: boolean }) {
  const t = useT()
  const value = filter.kind === 'theme' ? `theme:${filter.themeId ?? ''}` : filter.kind
  return (
    <div className="th-list-bar">
      <label>
        {t('townHall.list.show')}
        <select
          value={value}
          onChange={(e) => {
            const v = e.target.value
            if (v.startsWith('theme:')) onFilter({ kind: 'theme', themeId: v.slice(6) || undefined })
            else onFilter({ kind: v as 'all' | 'questions' | 'hidden' })
          }}
        >
          <option value="all">{t('townHall.list.all')}</option>
          <option value="questions">{t('townHall.list.questions')}</option>
          <option value="theme:">{t('townHall.list.noTheme')}</option>
          {themes.map((theme) => (
            <option key={theme.id} value={`theme:${theme.id}`}>
              {themeName(t, theme)}
            </option>
          ))}
          <option value="hidden">{t('townHall.list.hiddenOnes')}</option>
        </select>
      </label>
      <label>
        {t('townHall.list.find')}
        <input type="search" value={query} onChange={(e) => onQuery(e.target.value)} maxLength={200} size={14} autoComplete="off" />
      </label>
      <span className="muted" role="status">
        {t('townHall.list.count', { count, selected })}
      </span>
      {!readOnly && (
        <div className="button-row th-selection-actions">
          <button type="button" className="button small" onClick={() => onCommand('theme')} aria-keyshortcuts="T">
            {t('townHall.list.setTheme')}
          </button>
          <button type="button" className="button small" onClick={() => onCommand('merge')} disabled={selected < 2} aria-keyshortcuts="M">
            {t('townHall.list.merge')}
          </button>
          <button type="button" className="button small" onClick={() => onCommand('answer')} aria-keyshortcuts="A">
            {t('townHall.list.answer')}
          </button>
          <button type="button" className="button small" onClick={() => onCommand('followUp')} aria-keyshortcuts="F">
            {t('townHall.list.followUpAction')}
          </button>
          <button type="button" className="button small quiet" onClick={() => onCommand('hide')} aria-keyshortcuts="H">
            {filter.kind === 'hidden' ? t('townHall.list.show') : t('townHall.list.hide')}
          </button>
        </div>
      )}
      <p className="hint th-keys">{t('townHall.list.keys')}</p>
    </div>
  )
}
