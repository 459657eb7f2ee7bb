// The sessions' calls: planning and sign-in, and the running document saved change by change.
import type { HandlersOf } from '../../../shared/contract'
import type { sessionCalls } from '../../../shared/contract/sessions'
import type { SessionService } from '.'
import type { SessionJournal } from './journal'

export function sessionHandlers(sessions: SessionService, journal: SessionJournal): HandlersOf<typeof sessionCalls> {
  return {
    'sessions.create': (draft) => sessions.create(draft),
    'sessions.list': ({ status }) => sessions.list(status),
    'sessions.get': ({ id }) => sessions.get(id),
    'sessions.setStatus': ({ id, status }) => sessions.setStatus(id, status),
    'sessions.addParticipant': (draft) => sessions.addParticipant(draft),
    'sessions.removeParticipant': ({ id }) => sessions.removeParticipant(id),
    'sessions.state': ({ id }) => journal.current(id),
    'sessions.undoHistory': ({ id }) => {
      journal.current(id) // a session that is gone is NOT_FOUND, not an empty history
      return journal.undoHistory(id)
    },
    'sessions.applyChange': (change) => journal.apply(change),
  }
}
