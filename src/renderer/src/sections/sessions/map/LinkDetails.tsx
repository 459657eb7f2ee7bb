// The selected link: what it says, and for a resource covering a need, how much it commits and
// when — each saved as it is typed (typing is one undo step).
import { useId, useState } from 'react'
import { FormattedMessage } from 'react-intl'
import { parseSchedule } from '../../../../../shared/inventory/schedule'
import type { MessageKey } from '../../../../../shared/i18n/catalog'
import type { SessionDocument } from '../../../../../shared/session/document'
import { useSay, useT } from '../../../i18n/use-t'

type GraphEdge = SessionDocument['graph']['edges'][number]

export function LinkDetails({
  edge,
  labelOf,
  unit,
  onChange,
  onRemove,
  onCount,
  otherKind,
}: {
  edge: GraphEdge
  labelOf: (nodeId: string) => string
  /** The unit of the need's amount, when it has one. */
  unit: string | undefined
  onChange: (update: { amount?: number | undefined; when?: string | undefined }) => void
  onRemove: () => void
  /** The room's word that a resource of another kind counts for the need (or no longer does). */
  onCount: (counts: boolean) => void
  /** It joins a resource to a need of another kind: whether it counts is the room's to say. */
  otherKind: boolean
}) {
  const t = useT()
  const say = useSay()
  const ids = { amount: useId(), when: useId(), whenError: useId() }
  const [when, setWhen] = useState(edge.when ?? '')
  const parsedWhen = when.trim() === '' ? undefined : parseSchedule(when)
  return (
    <section className="link-details" aria-label={t('map.link.selected')}>
      <h3>{t('map.link.selected')}</h3>
      <p>
        <FormattedMessage id={'map.linkSentence' satisfies MessageKey} values={{ source: <strong>{labelOf(edge.source)}</strong>, kind: edge.kind, target: <strong>{labelOf(edge.target)}</strong> }} />
      </p>
      {edge.kind === 'covers' && (
        <div className="link-commitment">
          <label htmlFor={ids.amount}>{t('map.link.amount', { unit: unit ?? '', hasUnit: unit ? 'yes' : 'no' })}</label>
          <input
            id={ids.amount}
            type="number"
            min={0}
            step="any"
            value={edge.amount ?? ''}
            onChange={(e) => onChange({ amount: e.target.value === '' ? undefined : Math.max(0, Number(e.target.value)), when: edge.when })}
          />
          <label htmlFor={ids.when}>{t('map.link.when')}</label>
          <input
            id={ids.when}
            value={when}
            placeholder={t('map.link.whenPlaceholder')}
            aria-invalid={parsedWhen !== undefined && !parsedWhen.ok}
            aria-describedby={ids.whenError}
            onChange={(e) => {
              setWhen(e.target.value)
              const next = e.target.value.trim()
              if (next === '') onChange({ amount: edge.amount, when: undefined })
              else if (parseSchedule(next).ok) onChange({ amount: edge.amount, when: next })
            }}
          />
          {otherKind && (
            <label className="inline-check">
              <input type="checkbox" checked={edge.counts === true} onChange={(e) => onCount(e.target.checked)} /> {t('link.counts')}
            </label>
          )}
          <p id={ids.whenError} className={parsedWhen && !parsedWhen.ok ? 'field-error' : 'hint'}>
            {parsedWhen && !parsedWhen.ok ? t('map.link.whenNotSaved', { reason: say(parsedWhen.reason) }) : t('map.link.whenHint')}
          </p>
        </div>
      )}
      <button type="button" className="button quiet" onClick={onRemove}>
        {t('map.link.remove')}
      </button>
    </section>
  )
}
