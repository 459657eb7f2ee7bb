// A text field whose unsent text the app keeps (drafts.save) as it is typed, and gives back
// after a reload, a restart or a crash: at most the last TYPING_PAUSE_MS of typing is lost.
import { useCallback, useEffect, useRef, useState } from 'react'
import { call } from '../api/client'
import { useDebouncedCommit } from './use-debounced-commit'

export interface DraftText {
  text: string
  setText: (text: string) => void
  /** The text was added: forget the draft at once. */
  clear: () => void
  /** Adding it failed: puts the text back, unless something new has been typed meanwhile. */
  putBack: (text: string) => void
}

export function useDraft(key: string): DraftText {
  const [text, setTextState] = useState('')
  // The text as last typed, for putBack (read in event handlers, never while rendering).
  const latest = useRef('')
  const save = useCallback((content: string) => call('drafts.save', { key, content }).catch(() => undefined), [key])
  const { schedule, flush } = useDebouncedCommit(save)

  useEffect(() => {
    let live = true
    call('drafts.get', { key }).then(
      // What was typed before wins over nothing; never over what is being typed now.
      (draft) => {
        if (!live || !draft || latest.current !== '') return
        latest.current = draft.content
        setTextState(draft.content)
      },
      () => undefined,
    )
    return () => {
      live = false
    }
  }, [key])

  const setText = useCallback(
    (next: string) => {
      latest.current = next
      setTextState(next)
      schedule(next)
    },
    [schedule],
  )
  const clear = useCallback(() => {
    setText('')
    flush()
  }, [setText, flush])
  const putBack = useCallback((previous: string) => latest.current === '' && setText(previous), [setText])
  return { text, setText, clear, putBack }
}
