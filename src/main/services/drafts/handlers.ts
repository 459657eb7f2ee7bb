// The drafts' calls.
import type { HandlersOf } from '../../../shared/contract'
import type { draftCalls } from '../../../shared/contract/drafts'
import type { DraftService } from '.'

export function draftHandlers(drafts: DraftService): HandlersOf<typeof draftCalls> {
  return {
    'drafts.get': ({ key }) => drafts.get(key),
    'drafts.save': ({ key, content }) => drafts.save(key, content),
  }
}
