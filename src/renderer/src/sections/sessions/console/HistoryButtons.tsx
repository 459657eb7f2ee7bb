// Undo and Redo as compact buttons: each names the step it would take ("Undo add note") to screen
// readers and in its tooltip; the Edit menu under Electron names and calls the same steps.
import { Redo2, Undo2 } from 'lucide-react'
import { useEffect } from 'react'
import type { ActionLabel } from '../../../../../shared/session/actions'
import { provideSessionHistory } from '../../../api/shell'
import { useT, type Translate } from '../../../i18n/use-t'

/** "Undo add note", or plain "Undo" when there is nothing to take back. */
export function historyWords(t: Translate, direction: 'undo' | 'redo', label: ActionLabel | undefined): string {
  if (!label) return t(direction === 'undo' ? 'history.undoNothing' : 'history.redoNothing')
  return t(direction === 'undo' ? 'history.undo' : 'history.redo', { action: t(label.key, label.values) })
}

export function HistoryButtons({ undo, redo, undoLabel, redoLabel, readOnly }: { undo: () => void; redo: () => void; undoLabel: ActionLabel | undefined; redoLabel: ActionLabel | undefined; readOnly: boolean }) {
  const t = useT()
  const undoWords = historyWords(t, 'undo', undoLabel)
  const redoWords = historyWords(t, 'redo', redoLabel)
  useEffect(
    () => provideSessionHistory({ undo, redo }, { undo: undoLabel ? undoWords : null, redo: redoLabel ? redoWords : null }),
    [undo, redo, undoLabel, redoLabel, undoWords, redoWords],
  )
  return (
    <div className="button-row history-buttons">
      <button type="button" className="button small" disabled={!undoLabel || readOnly} onClick={undo} aria-label={undoWords} title={undoWords} aria-keyshortcuts="Control+Z">
        <Undo2 aria-hidden="true" /> {t('history.undoNothing')}
      </button>
      <button type="button" className="button small" disabled={!redoLabel || readOnly} onClick={redo} aria-label={redoWords} title={redoWords} aria-keyshortcuts="Control+Shift+Z">
        <Redo2 aria-hidden="true" /> {t('history.redoNothing')}
      </button>
    </div>
  )
}
