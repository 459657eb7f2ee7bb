// One action item in the table: what, with the organization that owns it beside it (as a note
// shows who said it); who owns it, and that organization to change or take back; by when, how
// urgent, and its status as the room follows up.
import { setActionItemOrganization, setActionItemPlan, setActionItemStatus, type PlanField } from '../../../../../shared/session/actions'
import { capabilityElements, type SessionDocument } from '../../../../../shared/session/document'
import { useDayWords } from '../../../i18n/use-day-words'
import { useT } from '../../../i18n/use-t'
import type { Perform } from '../use-session-document'
import type { Named } from './mention'

type Item = SessionDocument['actionItems'][number]
type Status = Item['status']
const STATUSES: readonly Status[] = ['open', 'in-progress', 'done']

export function ActionItemRow({ item, organizations, perform }: { item: Item; organizations: readonly Named[]; perform: Perform }) {
  const t = useT()
  const day = useDayWords()
  const owning = organizations.find((o) => o.id === item.ownerOrganizationId)
  const changeOrganization = (id: string) => {
    const organization = organizations.find((o) => o.id === id)
    perform(setActionItemOrganization, { itemId: item.id, what: item.what, organization, previousName: owning?.name })
  }
  const plan = (field: PlanField, value: string) => perform(setActionItemPlan, { itemId: item.id, what: item.what, field, value })
  const none = '—'
  return (
    <>
      <tr className="action-row">
        <th scope="row" className="action-what">
          {item.what}
          {owning && <span className="entry-by"> {t('console.entry.by', { name: owning.name })}</span>}
        </th>
        {/* Each cell's small label shows where the rows stack in the narrow panel; screen readers have the column's heading. */}
        <td className="action-owner-cell">
          <span className="cell-label" aria-hidden="true">
            {t('console.actionItems.owner')}
          </span>
          {/* The owner's name, unless it is the organization's own, shown just below. */}
          {item.ownerName !== owning?.name && <span className="action-owner">{item.ownerName}</span>}
          <select className="action-organization" aria-label={t('console.actionItems.organizationOf', { what: item.what })} value={item.ownerOrganizationId ?? ''} onChange={(e) => changeOrganization(e.target.value)}>
            <option value="">{t('console.actionItems.noOrganization')}</option>
            {item.ownerOrganizationId && !owning && <option value={item.ownerOrganizationId}>{t('console.actionItems.organizationGone')}</option>}
            {organizations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </td>
        <td className="action-due">
          <span className="cell-label" aria-hidden="true">
            {t('console.actionItems.due')}
          </span>
          {item.due ? day(item.due) : none}
        </td>
        <td className="action-priority">
          <span className="cell-label" aria-hidden="true">
            {t('console.actionItems.priority')}
          </span>
          {t('console.actionItems.priorityName', { priority: item.priority })}
        </td>
        <td className="action-status">
          <span className="cell-label" aria-hidden="true">
            {t('console.actionItems.status')}
          </span>
          <select
            aria-label={t('console.actionItems.statusOf', { what: item.what })}
            value={item.status}
            onChange={(e) => perform(setActionItemStatus, { itemId: item.id, what: item.what, status: e.target.value as Status })}
          >
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t('console.actionItems.statusName', { status: s })}
              </option>
            ))}
          </select>
        </td>
      </tr>
      <tr className="action-plan-row">
        <td colSpan={5}>
          {/* The improvement plan's columns, to fill in or change when the room knows them. */}
          <details className="action-plan">
            <summary aria-label={t('console.actionItems.planOf', { what: item.what })}>
              {t('console.actionItems.planSummary', {
                element: item.capabilityElement ? t('report.capability', { element: item.capabilityElement }) : none,
                contact: item.pointOfContact || none,
                start: item.start ? day(item.start) : none,
                due: item.due ? day(item.due) : none,
              })}
            </summary>
            <div className="plan-fields-row">
              <label>
                {t('console.actionItems.element')}
                <select value={item.capabilityElement ?? ''} onChange={(e) => plan('capabilityElement', e.target.value)}>
                  <option value="">{t('console.actionItems.elementNone')}</option>
                  {capabilityElements.map((element) => (
                    <option key={element} value={element}>
                      {t('report.capability', { element })}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {t('console.actionItems.contact')}
                <input value={item.pointOfContact ?? ''} onChange={(e) => plan('pointOfContact', e.target.value)} />
              </label>
              <label>
                {t('console.actionItems.start')}
                <input type="date" value={item.start ?? ''} onChange={(e) => plan('start', e.target.value)} />
              </label>
              <label>
                {t('console.actionItems.due')}
                <input type="date" value={item.due ?? ''} onChange={(e) => plan('due', e.target.value)} />
              </label>
            </div>
          </details>
        </td>
      </tr>
    </>
  )
}
