// Teaches react-intl the catalog's keys, so a message id that does not exist fails to compile.
import type { MessageKey } from '../../../shared/i18n/catalog'

declare global {
  namespace FormatjsIntl {
    interface Message {
      ids: MessageKey
    }
  }
}
