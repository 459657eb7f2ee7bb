// The projector's gap list: which needs are open and the main reason, in large type, and what
// changed in the last minute ("Relocation: now 1 families short") so the room sees its work land.
import { useEffect, useRef, useState } from 'react'
import type { NeedAssessment } from '../../../../shared/exercise/gaps'
import { reasonMessage, shortReasonMessage, word, type ReasonWords } from '../../../../shared/exercise/reason-words'
import { useT } from '../../i18n/use-t'
import { appNow } from '../../lib/clock'

/** How many open gaps the projector lists (the most urgent first); the rest are counted. */
const SHOWN = 4
/** How long a change stays on the projector. */
const RECENT_MS = 60_000

interface Change {
  needId: string
  at: number
  text: string
}

/** What changed in each need's gap since the last look, kept for a minute. */
function useRecentChanges(assessments: readonly NeedAssessment[], describe: (assessment: NeedAssessment) => string, ready: boolean): Change[] {
  const previous = useRef<Map<string, string> | undefined>(undefined)
  const [changes, setChanges] = useState<Change[]>([])
  const [now, setNow] = useState(() => appNow().getTime())
  useEffect(() => {
    // While a resource on the map is still being read, its gaps are not yet what the room made
    // them: compare only gaps read in full (the last such look stays the baseline).
    if (!ready) return
    const current = new Map(assessments.map((a) => [a.needId, describe(a)]))
    const before = previous.current
    previous.current = current
    if (!before) return
    const at = appNow().getTime()
    const fresh = [...current].filter(([needId, text]) => before.has(needId) && before.get(needId) !== text).map(([needId, text]) => ({ needId, at, text }))
    if (fresh.length > 0) setChanges((list) => [...fresh, ...list.filter((c) => !fresh.some((f) => f.needId === c.needId))])
  }, [assessments, describe, ready])
  useEffect(() => {
    const timer = setInterval(() => setNow(appNow().getTime()), 5_000)
    return () => clearInterval(timer)
  }, [])
  return changes.filter((change) => now - change.at < RECENT_MS || change.at > now)
}

interface Props {
  assessments: readonly NeedAssessment[]
  labelOf: (needId: string) => string
  words: ReasonWords
  /** Every resource on the map is read from the inventory (changes count from then on). */
  ready: boolean
  /** The language the scenario is written in: the needs' names keep it whatever the presenter speaks. */
  written: string
}

export function PresenterGaps({ assessments, labelOf, words, ready, written }: Props) {
  const t = useT()
  const open = assessments.filter((a) => !a.covered)
  const [describe] = useState(() => (assessment: NeedAssessment) => (assessment.covered ? '' : assessment.reasons.map((r) => r.kind).join()))
  const recent = useRecentChanges(assessments, describe, ready)
  const stateOf = (needId: string) => {
    const assessment = assessments.find((a) => a.needId === needId)
    if (!assessment || assessment.covered) return t('presenter.nowCovered')
    return t('presenter.now', { state: word(shortReasonMessage(assessment.reasons[0]!, words), words) })
  }
  return (
    <>
      <p className="presenter-gaps" role="status">
        {t('presenter.gapCount', { open: open.length, total: assessments.length })}
      </p>
      {recent.length > 0 && (
        <section className="presenter-changes" aria-label={t('presenter.lastMinute')}>
          <h2>{t('presenter.lastMinute')}</h2>
          <ul>
            {recent.slice(0, 3).map((change) => (
              <li key={change.needId}>
                <span lang={written}>{labelOf(change.needId)}</span>: {stateOf(change.needId)}
              </li>
            ))}
          </ul>
        </section>
      )}
      {open.length > 0 && (
        <ol className="presenter-gap-list" aria-label={t('presenter.openGaps')}>
          {open.slice(0, SHOWN).map((gap) => (
            <li key={gap.needId}>
              <strong lang={written}>{labelOf(gap.needId)}</strong>
              <span className="presenter-reason">{word(reasonMessage(gap.reasons[0]!, words), words)}</span>
            </li>
          ))}
          {open.length > SHOWN && <li className="presenter-more">{t('presenter.moreGaps', { count: open.length - SHOWN })}</li>}
        </ol>
      )}
    </>
  )
}
