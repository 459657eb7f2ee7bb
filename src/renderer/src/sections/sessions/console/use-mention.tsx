// Naming one of the organizations signed in from a text box with "@" and a few letters (who said
// it, who owns an action item): arrows move through the choices, Enter or Tab picks one, Escape
// keeps the "@" as typed. The text box stays a text box; the status line says the choice.
import { useId, useState, type KeyboardEvent, type ReactNode } from 'react'
import { useT } from '../../../i18n/use-t'
import { mentionMatches, mentionQuery, withoutMention, type Named } from './mention'
import './mention.css'

interface Options {
  text: string
  setText: (text: string) => void
  /** Those who can be named. */
  organizations: readonly Named[]
  /** What the list of choices is called ("Who said it"). */
  choicesLabel: string
  /** Where the choices open: above the box (the capture box, at the foot of the window) or below it. */
  placement: 'above' | 'below'
  onPick: (organization: Named) => void
}

export interface Mention {
  /** For the text box: the list it controls while there are choices. */
  boxProps: { 'aria-controls': string | undefined; 'aria-autocomplete': 'list' }
  /** Handles the arrows, Enter, Tab and Escape while there are choices; true when it took the key. */
  onKeyDown: (event: KeyboardEvent) => boolean
  /** The status line and the list of choices, to put right after the text box. */
  choices: ReactNode
}

export function useMention({ text, setText, organizations, choicesLabel, placement, onPick }: Options): Mention {
  const t = useT()
  const listId = useId()
  // The choice under the arrows, for the query it was made in: typing more starts again at the first.
  const [under, setUnder] = useState<{ query: string | undefined; index: number }>({ query: undefined, index: 0 })
  const [dismissed, setDismissed] = useState<string | undefined>()
  const query = mentionQuery(text)
  const matches = query === undefined || query === dismissed ? [] : mentionMatches(query, organizations)
  const active = under.query === query ? Math.min(under.index, matches.length - 1) : 0
  const pick = (organization: Named) => {
    setText(withoutMention(text))
    setUnder({ query: undefined, index: 0 })
    onPick(organization)
  }
  const onKeyDown = (event: KeyboardEvent): boolean => {
    if (matches.length === 0) return false
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      setUnder({ query, index: (active + (event.key === 'ArrowDown' ? 1 : matches.length - 1)) % matches.length })
      return true
    }
    if (event.key === 'Enter' || event.key === 'Tab') {
      event.preventDefault()
      pick(matches[active]!)
      return true
    }
    if (event.key === 'Escape') {
      event.preventDefault()
      setDismissed(query)
      return true
    }
    return false
  }
  const choices = (
    <>
      <span className="visually-hidden" role="status">
        {matches.length > 0 ? t('console.mention.choice', { name: matches[active]!.name, position: active + 1, count: matches.length }) : ''}
      </span>
      {matches.length > 0 && (
        <ul id={listId} role="listbox" className={`mention-list ${placement}`} aria-label={choicesLabel}>
          {matches.map((organization, index) => (
            <li
              key={organization.id}
              role="option"
              aria-selected={index === active}
              onMouseDown={(event) => {
                event.preventDefault()
                pick(organization)
              }}
            >
              {organization.name}
            </li>
          ))}
        </ul>
      )}
    </>
  )
  return { boxProps: { 'aria-controls': matches.length > 0 ? listId : undefined, 'aria-autocomplete': 'list' }, onKeyDown, choices }
}
