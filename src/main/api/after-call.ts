// A dispatch that does one more thing after some calls succeed: the shell hears that the
// language was changed (so the Electron menu is reworded at once) without the services knowing
// there is a menu.
import type { CallName } from '../../shared/contract'
import type { Dispatch } from './dispatch'

export function afterCalls(dispatch: Dispatch, names: readonly CallName[], then: (name: CallName) => void): Dispatch {
  const watched = new Set<string>(names)
  return async (name, rawInput) => {
    const envelope = await dispatch(name, rawInput)
    if (envelope.ok && watched.has(name)) then(name as CallName)
    return envelope
  }
}
