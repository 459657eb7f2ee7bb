// `t(key, values)`: a component's way to word a message, typed by the catalog's keys.
import { useCallback } from 'react'
import { useIntl } from 'react-intl'
import type { MessageKey, MessageValues } from '../../../shared/i18n/catalog'

export type Translate = (key: MessageKey, values?: MessageValues) => string

export function useT(): Translate {
  const intl = useIntl()
  return useCallback((key, values) => intl.formatMessage({ id: key }, values), [intl])
}
