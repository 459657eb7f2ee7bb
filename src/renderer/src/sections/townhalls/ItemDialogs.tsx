// What a letter in the list opens: a theme picker (type to find, Enter to choose or make one),
// the answer and who gave it, a follow-up with an owner and a date, and the group itself — every
// wording kept, each with its speaker, editable and unmergeable.
import { useMemo, useState } from 'react'
import { addTheme, answerItem, clearAnswer, clearFollowUp, editItem, setFollowUp, setItemTheme, unmergeItem } from '../../../../shared/townhall/actions'
import { ITEM_KINDS, type ItemKind, type TownHallDocument } from '../../../../shared/townhall/document'
import { itemGroups, leadIdOf } from '../../../../shared/townhall/groups'
import { ROOM_LANGUAGES, type RoomLanguage } from '../../../../shared/townhall/model'
import { Dialog } from '../../components/Dialog'
import { DialogFooter } from '../../components/DialogFooter'
import { TextField } from '../../components/TextField'
import { useT } from '../../i18n/use-t'
import { useOrganizations } from './PanelEditor'
import { themeIdNamed, themeName } from './theme-words'
import type { PerformTownHall } from './use-town-hall-document'

export type DialogKind = 'theme' | 'answer' | 'followUp' | 'open'

interface Props {
  kind: DialogKind
  ids: string[]
  document: TownHallDocument
  perform: PerformTownHall
  onClose: () => void
}

export function ItemDialog(props: Props) {
  if (props.kind === 'theme') return <ThemePicker {...props} />
  if (props.kind === 'answer') return <AnswerDialog {...props} />
  if (props.kind === 'followUp') return <FollowUpDialog {...props} />
  return <GroupDialog {...props} />
}

function ThemePicker({ ids, document, perform, onClose }: Props) {
  const t = useT()
  const [query, setQuery] = useState('')
  const matches = document.themes.filter((theme) => themeName(t, theme).toLowerCase().includes(query.trim().toLowerCase()))
  const choose = (themeId: string | undefined) => {
    perform(setItemTheme, { ids, themeId })
    onClose()
  }
  const submit = () => {
    const id = themeIdNamed(t, document.themes, query, (name, newId) => perform(addTheme, { name, id: newId }), { closest: true })
    if (id !== undefined) choose(id)
  }
  return (
    <Dialog title={t('townHall.dialog.themeTitle', { count: ids.length })} onClose={onClose} initialFocus="th-theme-query">
      <form
        onSubmit={(event) => {
          event.preventDefault()
          submit()
        }}
      >
        <label htmlFor="th-theme-query">{t('townHall.dialog.themeFind')}</label>
        <input id="th-theme-query" value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" maxLength={120} aria-describedby="th-theme-hint" />
        <p id="th-theme-hint" className="hint">
          {matches.length === 0 && query.trim() !== '' ? t('townHall.dialog.themeNew', { name: query.trim() }) : t('townHall.dialog.themeHint')}
        </p>
      </form>
      <ul className="th-theme-choices">
        {matches.map((theme) => (
          <li key={theme.id}>
            <button type="button" className="button quiet" onClick={() => choose(theme.id)}>
              {themeName(t, theme)}
            </button>
          </li>
        ))}
        <li>
          <button type="button" className="button quiet" onClick={() => choose(undefined)}>
            {t('townHall.noTheme')}
          </button>
        </li>
      </ul>
    </Dialog>
  )
}

function AnswerDialog({ ids, document, perform, onClose }: Props) {
  const t = useT()
  const lead = useLead(document, ids[0]!)
  const [text, setText] = useState(lead?.answer?.text ?? '')
  const [panelistId, setPanelistId] = useState(lead?.answer?.panelistId ?? document.panel[0]?.id ?? '')
  const [by, setBy] = useState(lead?.answer?.by ?? '')
  if (!lead) return null
  const panelist = document.panel.find((p) => p.id === panelistId)
  const who = panelist ? (panelist.organizationName ? `${panelist.name} (${panelist.organizationName})` : panelist.name) : by
  const save = () => {
    perform(answerItem, { id: lead.id, text, panelistId: panelist?.id, by: who })
    onClose()
  }
  return (
    <Dialog
      title={t('townHall.dialog.answerTitle')}
      onClose={onClose}
      initialFocus="th-answer-text"
      footer={<DialogFooter onCancel={onClose} confirm={{ label: t('townHall.dialog.saveAnswer'), disabled: text.trim() === '' || who.trim() === '', onClick: save }} />}
    >
      <blockquote className="th-quote">{lead.text}</blockquote>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          if (text.trim() !== '' && who.trim() !== '') save()
        }}
      >
        <label htmlFor="th-answer-text">{t('townHall.dialog.answer')}</label>
        <textarea
          id="th-answer-text"
          rows={4}
          value={text}
          maxLength={5000}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(event) => {
            // Ctrl+Enter saves from the answer itself; Enter alone starts a new line.
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && text.trim() !== '' && who.trim() !== '') {
              event.preventDefault()
              save()
            }
          }}
        />
        <p className="hint">{t('townHall.dialog.answerKeys')}</p>
        <label htmlFor="th-answer-by">{t('townHall.dialog.answeredBy')}</label>
        <select id="th-answer-by" value={panelistId} onChange={(e) => setPanelistId(e.target.value)}>
          {document.panel.map((p) => (
            <option key={p.id} value={p.id}>
              {p.organizationName ? `${p.name} — ${p.organizationName}` : p.name}
            </option>
          ))}
          <option value="">{t('townHall.dialog.someoneElse')}</option>
        </select>
        {!panelist && <TextField label={t('townHall.dialog.whoAnswered')} value={by} onChange={setBy} maxLength={200} />}
      </form>
      {lead.answer && (
        <button
          type="button"
          className="button quiet"
          onClick={() => {
            perform(clearAnswer, { id: lead.id })
            onClose()
          }}
        >
          {t('townHall.dialog.clearAnswer')}
        </button>
      )}
    </Dialog>
  )
}

function FollowUpDialog({ ids, document, perform, onClose }: Props) {
  const t = useT()
  const organizations = useOrganizations()
  const lead = useLead(document, ids[0]!)
  const [owner, setOwner] = useState(lead?.followUp?.ownerName ?? '')
  const [due, setDue] = useState(lead?.followUp?.due ?? '')
  if (!lead) return null
  const save = () => {
    const known = organizations.find((o) => o.name.toLowerCase() === owner.trim().toLowerCase())
    for (const id of ids) perform(setFollowUp, { id, ownerOrganizationId: known?.id, ownerName: known?.name ?? owner, due: due || undefined })
    onClose()
  }
  return (
    <Dialog
      title={t('townHall.dialog.followUpTitle', { count: ids.length })}
      onClose={onClose}
      initialFocus="th-follow-owner"
      footer={<DialogFooter onCancel={onClose} confirm={{ label: t('townHall.dialog.saveFollowUp'), disabled: owner.trim() === '', onClick: save }} />}
    >
      <blockquote className="th-quote">{lead.text}</blockquote>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          if (owner.trim() !== '') save()
        }}
        onKeyDown={(event) => {
          // Enter in either field saves (a form of two fields has no implicit submission).
          if (event.key === 'Enter' && (event.target as HTMLElement).tagName === 'INPUT' && owner.trim() !== '') {
            event.preventDefault()
            save()
          }
        }}
      >
        <label htmlFor="th-follow-owner">{t('townHall.dialog.owner')}</label>
        <input id="th-follow-owner" list="th-follow-orgs" value={owner} onChange={(e) => setOwner(e.target.value)} maxLength={200} autoComplete="off" />
        <datalist id="th-follow-orgs">
          {[...new Set([...document.panel.map((p) => p.organizationName).filter(Boolean), ...organizations.map((o) => o.name)])].map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
        <TextField label={t('townHall.dialog.due')} type="date" value={due} onChange={setDue} />
      </form>
      {lead.followUp && (
        <button
          type="button"
          className="button quiet"
          onClick={() => {
            perform(clearFollowUp, { id: lead.id })
            onClose()
          }}
        >
          {t('townHall.dialog.clearFollowUp')}
        </button>
      )}
    </Dialog>
  )
}

function GroupDialog({ ids, document, perform, onClose }: Props) {
  const t = useT()
  const group = useMemo(() => itemGroups(document, { includeHidden: true }).find((g) => g.lead.id === ids[0]), [document, ids])
  if (!group) return null
  return (
    <Dialog title={t('townHall.dialog.groupTitle', { count: group.items.length })} onClose={onClose} wide>
      <ol className="th-wordings">
        {group.items.map((item) => (
          <li key={item.id}>
            <TextField label={t('townHall.dialog.wording')} multiline value={item.text} onChange={(text) => perform(editItem, { id: item.id, text })} maxLength={5000} />
            <div className="th-wording-meta">
              <select aria-label={t('townHall.capture.kind')} value={item.kind} onChange={(e) => perform(editItem, { id: item.id, kind: e.target.value as ItemKind })}>
                {ITEM_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t('townHall.kind', { kind: k })}
                  </option>
                ))}
              </select>
              <select aria-label={t('townHall.capture.language')} value={item.language} onChange={(e) => perform(editItem, { id: item.id, language: e.target.value as RoomLanguage })}>
                {ROOM_LANGUAGES.map((l) => (
                  <option key={l} value={l}>
                    {t('townHall.language', { language: l })}
                  </option>
                ))}
              </select>
              <span>{item.speaker?.name ?? t('townHall.anonymous')}</span>
              {item.place && <span>{item.place}</span>}
              {item.hidden && <span className="th-flag hidden-flag">{t('townHall.list.hidden')}</span>}
              {group.items.length > 1 && (
                <button type="button" className="button small quiet" onClick={() => perform(unmergeItem, { id: item.id })}>
                  {item.id === group.lead.id ? t('townHall.dialog.unmergeAll') : t('townHall.dialog.unmerge')}
                </button>
              )}
            </div>
          </li>
        ))}
      </ol>
    </Dialog>
  )
}

/** The lead of the group an item is in (groups.ts decides which that is). */
function useLead(document: TownHallDocument, id: string) {
  const byId = new Map(document.items.map((item) => [item.id, item]))
  const item = byId.get(id)
  return item && byId.get(leadIdOf(item, byId))
}
