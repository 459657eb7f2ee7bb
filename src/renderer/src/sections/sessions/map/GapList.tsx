// The gap panel: every need with a gap, most urgent first, each reason in words — a resource of
// another kind offered "It counts" — and on request the inventory resources that would close it.
import type { GapNeed, NeedAssessment } from '../../../../../shared/exercise/gaps'
import { reasonMessage, word } from '../../../../../shared/exercise/reason-words'
import { useT } from '../../../i18n/use-t'
import { GapSuggestions, type NeedLink, type SuggestionItem } from './GapSuggestions'
import { useReasonWords } from './use-reason-words'

export function GapList({
  gaps,
  total,
  gapNeedOf,
  whenTextOf,
  labelOf,
  resourceName,
  linksOf,
  ledNeedIds,
  onAddAndLink,
  onCount,
  readOnly = false,
}: {
  gaps: readonly NeedAssessment[]
  total: number
  gapNeedOf: (needId: string) => GapNeed | undefined
  /** The need's weekly window as the scenario writes it. */
  whenTextOf: (needId: string) => string | undefined
  labelOf: (needId: string) => string
  resourceName: (id: string) => string
  linksOf: (needId: string) => NeedLink[]
  ledNeedIds: ReadonlySet<string>
  onAddAndLink: (needId: string, suggestion: SuggestionItem) => void
  onCount: (needId: string, resourceId: string) => void
  readOnly?: boolean
}) {
  const t = useT()
  const words = useReasonWords(resourceName)
  return (
    <section aria-labelledby="gaps-title">
      <h3 id="gaps-title">{t('gaps.heading', { open: gaps.length, total })}</h3>
      <ol className="gap-list">
        {gaps.map((gap, index) => {
          const need = gapNeedOf(gap.needId)
          return (
            <li key={gap.needId} className={`gap gap-${gap.urgency}`}>
              {/* Numbered here, not by the list: a browser's own numbers can go wrong as gaps reorder. */}
              <span className="gap-number" aria-hidden="true">
                {index + 1}.
              </span>{' '}
              <strong>{labelOf(gap.needId)}</strong> <span className="muted">({t('urgency', { urgency: gap.urgency })})</span>
              <ul>
                {gap.reasons.map((reason, index) => (
                  <li key={index}>
                    {word(reasonMessage(reason, words), words)}
                    {reason.kind === 'other-category' && !readOnly && (
                      <span className="reason-actions">
                        {reason.resourceIds.map((resourceId) => (
                          <button key={resourceId} type="button" className="button quiet small" title={t('gaps.itCountsHint')} onClick={() => onCount(gap.needId, resourceId)}>
                            {t('gaps.itCounts', { name: resourceName(resourceId) })}
                          </button>
                        ))}
                      </span>
                    )}
                  </li>
                ))}
              </ul>
              {need && !readOnly && (
                <GapSuggestions need={need} whenText={whenTextOf(gap.needId)} links={linksOf(gap.needId)} hasLead={ledNeedIds.has(gap.needId)} words={words} onAddAndLink={(suggestion) => onAddAndLink(gap.needId, suggestion)} />
              )}
            </li>
          )
        })}
      </ol>
    </section>
  )
}
