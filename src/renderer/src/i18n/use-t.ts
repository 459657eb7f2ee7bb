// `t(key, values)`: a component's way to word a message, typed by the catalog's keys.
import { useCallback } from 'react'
import { useIntl } from 'react-intl'
import type { MessageKey, MessageValues } from '../../../shared/i18n/catalog'
import { wordWith, type Said } from '../../../shared/i18n/said'

export type Translate = (key: MessageKey, values?: MessageValues) => string

export function useT(): Translate {
  const intl = useIntl()
  return useCallback((key, values) => intl.formatMessage({ id: key }, values), [intl])
}

/** `say(message)`: words a message said elsewhere (a field's issue, an import's reason), its nested messages too. */
export function useSay(): (message: Said) => string {
  const t = useT()
  return useCallback((message) => wordWith(t, message), [t])
}
