// On request, the inventory resources that would close a gap — each saying what it closes and what
// it leaves open, addable and linked in one step — and those left out, with why.
import { useState } from 'react'
import type { CallOutput } from '../../../../../shared/contract'
import type { GapNeed } from '../../../../../shared/exercise/gaps'
import { closesMessage, leftOutMessage, shortReasonMessage, word, type ReasonWords } from '../../../../../shared/exercise/reason-words'
import { call, errorMessage } from '../../../api/client'
import { useT } from '../../../i18n/use-t'

export type SuggestionItem = CallOutput<'exercise.suggest'>['suggestions'][number]
/** A resource linked to the need, as the map's link says it. */
export type NeedLink = { resourceId: string; amount?: number | undefined; when?: string | undefined; counts?: boolean | undefined }

interface Props {
  need: GapNeed
  /** The need's weekly window as the scenario writes it. */
  whenText: string | undefined
  links: NeedLink[]
  hasLead: boolean
  words: ReasonWords
  onAddAndLink: (suggestion: SuggestionItem) => void
}

/** The engine's need as the suggest call takes it (its window written back in the hours format). */
function requestOf(need: GapNeed, whenText: string | undefined) {
  return {
    id: need.id,
    category: need.category,
    areaNumber: need.areaNumber,
    ...(whenText !== undefined ? { when: whenText } : {}),
    ...(need.deadline ? { deadline: need.deadline } : {}),
    languages: [...need.languages],
    ...(need.amount ? { amount: need.amount } : {}),
    urgency: need.urgency,
  }
}

export function GapSuggestions({ need, whenText, links, hasLead, words, onAddAndLink }: Props) {
  const t = useT()
  const [result, setResult] = useState<CallOutput<'exercise.suggest'> | undefined>()
  const [error, setError] = useState<string | undefined>()
  const load = () => {
    setError(undefined)
    call('exercise.suggest', { need: requestOf(need, whenText), links, hasLead }).then(setResult, (e: unknown) => setError(errorMessage(e)))
  }
  if (error) return <p className="field-error">{error}</p>
  if (!result) {
    return (
      <button type="button" className="button quiet small" onClick={load}>
        {t('gaps.suggest')}
      </button>
    )
  }
  return (
    <div className="suggestion-block">
      {result.suggestions.length === 0 ? (
        <p className="muted small">{t('gaps.noSuggestion')}</p>
      ) : (
        <ul className="suggestions" aria-label={t('gaps.suggested')}>
          {result.suggestions.map((suggestion) => (
            <li key={suggestion.resourceId}>
              <span>
                <strong>{suggestion.name}</strong> <span className="muted">{suggestion.organizationName}</span>
                <br />
                {t('gaps.closes', { closes: words.list(suggestion.closes.map((kind) => word(closesMessage(kind as never), words))) })}
                {suggestion.leaves.length > 0 && (
                  <>
                    <br />
                    <span className="muted">{t('gaps.leaves', { leaves: suggestion.leaves.map((reason) => word(shortReasonMessage(reason, withOwnName(words, suggestion)), words)).join('; ') })}</span>
                  </>
                )}
              </span>
              <button
                type="button"
                className="button small"
                aria-label={t('gaps.addAndLinkName', { name: suggestion.name })}
                onClick={() => {
                  onAddAndLink(suggestion)
                  setResult(undefined)
                }}
              >
                {t('gaps.addAndLink')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {result.leftOutCount > 0 && (
        <details className="left-out">
          <summary>{t('gaps.leftOut', { count: result.leftOutCount })}</summary>
          <ul>
            {result.leftOut.map((item) => (
              <li key={item.resourceId}>
                <strong>{item.name}</strong> — {words.list(item.why.map((why) => word(leftOutMessage(why, words), words)))}
              </li>
            ))}
            {result.leftOutCount > result.leftOut.length && <li className="muted">{t('gaps.leftOutMore', { count: result.leftOutCount - result.leftOut.length })}</li>}
          </ul>
        </details>
      )}
    </div>
  )
}

/** The words of a suggestion's reasons: it is not on the map yet, so its own name comes with it. */
function withOwnName(words: ReasonWords, suggestion: SuggestionItem): ReasonWords {
  return { ...words, resource: (id) => (id === suggestion.resourceId ? suggestion.name : words.resource(id)) }
}
