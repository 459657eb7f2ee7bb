// The facilitator's console: the current module, injects revealed one at a time, a session
// clock that pauses, quick capture of notes, decisions, observations and the parking lot,
// action items, and an evaluation per objective, beside the exercise map. Every change is a
// named action, saved at once; Undo and Redo step through them (Ctrl+Z, Ctrl+Shift+Z outside
// text fields).
import { MonitorPlay } from 'lucide-react'
import { useCallback } from 'react'
import type { Scenario } from '../../../../../shared/scenario/schema'
import { capture, toggleClock } from '../../../../../shared/session/actions'
import { fillVariables, type Participant } from '../../../../../shared/session/model'
import { errorMessage } from '../../../api/client'
import { useT } from '../../../i18n/use-t'
import { usePendingWork } from '../../../lib/pending-work'
import { SessionMap } from '../map/SessionMap'
import { useSessionDocument } from '../use-session-document'
import { ActionItems } from './ActionItems'
import { EntryList } from './EntryList'
import { Evaluation } from './Evaluation'
import { HistoryButtons } from './HistoryButtons'
import { ModulePanel } from './ModulePanel'
import { QuickCapture } from './QuickCapture'
import { useRevealOnTime } from './RevealOnTime'
import { SessionClock } from './SessionClock'
import { useHistoryKeys } from './use-history-keys'

interface Props {
  sessionId: string
  areaNumber: number
  scenario: Scenario
  variables: Record<string, string>
  participants: readonly Participant[]
}

export function SessionConsole({ sessionId, areaNumber, scenario, variables, participants }: Props) {
  const t = useT()
  const session = useSessionDocument(sessionId)
  const { document, perform, undo, redo, problem } = session
  const typing = usePendingWork()
  const fill = useCallback((text: string) => fillVariables(text, variables), [variables])
  useHistoryKeys(undo, redo)
  useRevealOnTime(document, scenario, fill, perform)

  if (!document) return <p role="status">{problem ? errorMessage(problem.error) : t('console.loading')}</p>
  const moduleIndex = Math.max(0, scenario.modules.findIndex((m) => m.id === document.currentModuleId))
  const module = scenario.modules[moduleIndex]!
  const lastInjectId = document.revealed.filter((r) => r.moduleId === module.id).at(-1)?.injectId
  const saveState = problem
    ? problem.kind === 'save'
      ? t('console.notSaved', { reason: errorMessage(problem.error) })
      : errorMessage(problem.error)
    : t(session.saving || typing ? 'console.saving' : 'console.allSaved')

  return (
    <section className="console" aria-labelledby="console-title">
      <div className="console-bar">
        <h2 id="console-title">{t('console.title')}</h2>
        <SessionClock clock={document.clock} onToggle={() => perform(toggleClock, {})} />
        <HistoryButtons undo={undo} redo={redo} undoLabel={session.undoLabel} redoLabel={session.redoLabel} />
        <a className="button" href={`#/present/${sessionId}`} target="_blank" rel="noopener">
          <MonitorPlay aria-hidden="true" /> {t('console.presenterView')}
        </a>
        <p className={`save-state${problem ? ' error' : ''}`} role="status" aria-live="polite">
          {saveState}
        </p>
      </div>

      <div className="console-grid">
        <ModulePanel scenario={scenario} document={document} moduleIndex={moduleIndex} fill={fill} perform={perform} />
        <section className="console-capture" aria-labelledby="capture-title">
          <h3 id="capture-title">{t('console.capture.heading')}</h3>
          <QuickCapture sessionId={sessionId} onAdd={(kind, text) => perform(capture, { kind, text, moduleId: module.id, injectId: lastInjectId })} />
          <EntryList document={document} moduleId={module.id} perform={perform} />
          <ActionItems document={document} participants={participants} perform={perform} />
          <Evaluation scenario={scenario} document={document} perform={perform} fill={fill} />
        </section>
      </div>
      <SessionMap scenario={scenario} variables={variables} participants={participants} document={document} areaNumber={areaNumber} perform={perform} />
    </section>
  )
}
