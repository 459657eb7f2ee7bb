// A text field whose unsent text the app keeps (drafts.save) as it is typed, and gives back
// after a reload, a restart or a crash: at most the last TYPING_PAUSE_MS of typing is lost.
import { useCallback, useEffect, useState } from 'react'
import { call } from '../api/client'
import { useDebouncedCommit } from './use-debounced-commit'

export interface DraftText {
  text: string
  setText: (text: string) => void
  /** The text was added: forget the draft at once. */
  clear: () => void
}

export function useDraft(key: string): DraftText {
  const [text, setTextState] = useState('')
  const save = useCallback((content: string) => call('drafts.save', { key, content }).catch(() => undefined), [key])
  const { schedule, flush } = useDebouncedCommit(save)

  useEffect(() => {
    let live = true
    call('drafts.get', { key }).then(
      // What was typed before wins over nothing; never over what is being typed now.
      (draft) => live && draft && setTextState((current) => (current === '' ? draft.content : current)),
      () => undefined,
    )
    return () => {
      live = false
    }
  }, [key])

  const setText = useCallback(
    (next: string) => {
      setTextState(next)
      schedule(next)
    },
    [schedule],
  )
  const clear = useCallback(() => {
    setTextState('')
    schedule('')
    flush()
  }, [schedule, flush])
  return { text, setText, clear }
}
