// The facilitator's console, on one screen: the module and its injects on the left, the map in
// the middle, the gaps (and resources, notes, action items, evaluation, sign-in) on the right,
// and the capture box below — with the clock, Undo and Redo, and the session's status above.
// Every change is a named action, saved at once; a finished session is read until reopened.
import './console.css'
import { useCallback, useMemo } from 'react'
import { capture, toggleClock } from '../../../../../shared/session/actions'
import type { SessionDocument } from '../../../../../shared/session/document'
import { finishSummary } from '../../../../../shared/session/finish-summary'
import { fillVariables } from '../../../../../shared/session/model'
import { isEditable } from '../../../../../shared/session/status'
import { errorMessage } from '../../../api/client'
import { useT } from '../../../i18n/use-t'
import { usePendingWork } from '../../../lib/pending-work'
import { MapPane } from '../map/MapPane'
import { useSessionMap } from '../map/use-session-map'
import type { LoadedSession } from '../session-facts'
import { useSessionDocument, type SessionDocumentApi } from '../use-session-document'
import { ConsoleBar } from './ConsoleBar'
import { HistoryButtons } from './HistoryButtons'
import { ModulePanel } from './ModulePanel'
import { signedInOrganizations } from './mention'
import { QuickCapture } from './QuickCapture'
import { useRevealOnTime } from './RevealOnTime'
import { SessionClock } from './SessionClock'
import { SidePanel } from './SidePanel'
import { StatusControls } from './StatusControls'
import { useHistoryKeys } from './use-history-keys'

interface Props {
  loaded: LoadedSession
  onBack: () => void
  /** Reads the session again (its status or sign-in changed). */
  onChanged: () => void
  say: (text: string) => void
}

export function SessionConsole({ loaded, onBack, onChanged, say }: Props) {
  const t = useT()
  const editor = useSessionDocument(loaded.session.id)
  const readOnly = !isEditable(loaded.session.status)
  const fill = useCallback((text: string) => fillVariables(text, loaded.variables), [loaded.variables])
  const undo = readOnly ? noop : editor.undo
  const redo = readOnly ? noop : editor.redo
  useHistoryKeys(undo, redo)
  useRevealOnTime(readOnly ? undefined : editor.document, loaded.scenario, fill, editor.perform)

  if (!editor.document) {
    return (
      <section className="console" aria-label={t('console.title')}>
        <p role="status">{editor.problem ? errorMessage(editor.problem.error) : t('console.loading')}</p>
      </section>
    )
  }
  return <Workspace loaded={loaded} editor={editor} document={editor.document} readOnly={readOnly} fill={fill} onBack={onBack} onChanged={onChanged} say={say} />
}

const noop = () => undefined

interface WorkspaceProps extends Props {
  editor: SessionDocumentApi
  document: SessionDocument
  readOnly: boolean
  fill: (text: string) => string
}

function Workspace({ loaded, editor, document, readOnly, fill, onBack, onChanged, say }: WorkspaceProps) {
  const t = useT()
  const typing = usePendingWork()
  const { session, scenario, variables, participants } = loaded
  const { perform, problem } = editor
  const map = useSessionMap({ scenario, variables, participants, document, areaNumber: session.areaNumber, perform })
  const moduleIndex = Math.max(0, scenario.modules.findIndex((m) => m.id === document.currentModuleId))
  const module = scenario.modules[moduleIndex]!
  const lastInjectId = document.revealed.filter((r) => r.moduleId === module.id).at(-1)?.injectId
  const objectives = useMemo(() => scenario.overview.objectives.map((o) => ({ id: o.id, text: fill(o.text) })), [scenario, fill])
  const saveText = problem
    ? problem.kind === 'save'
      ? t('console.notSaved', { reason: errorMessage(problem.error) })
      : errorMessage(problem.error)
    : t(editor.saving || typing ? 'console.saving' : 'console.allSaved')

  return (
    <section className={`console${readOnly ? ' read-only' : ''}`} aria-label={t('console.title')}>
      <ConsoleBar
        session={session}
        onBack={onBack}
        clock={<SessionClock clock={document.clock} disabled={readOnly} onToggle={() => perform(toggleClock, {})} />}
        history={<HistoryButtons undo={editor.undo} redo={editor.redo} undoLabel={editor.undoLabel} redoLabel={editor.redoLabel} readOnly={readOnly} />}
        status={
          <StatusControls
            sessionId={session.id}
            status={session.status}
            summary={() => finishSummary(scenario, document, map.assessments)}
            objectiveText={(id) => fill(scenario.overview.objectives.find((o) => o.id === id)?.text ?? id)}
            onChanged={onChanged}
            say={say}
          />
        }
        saveState={{ text: saveText, problem: problem !== undefined }}
      />
      {readOnly && <p className="read-only-note">{t('console.readOnly')}</p>}
      <div className="console-body">
        <ModulePanel scenario={scenario} document={document} moduleIndex={moduleIndex} fill={fill} perform={perform} readOnly={readOnly} />
        <MapPane map={map} readOnly={readOnly} />
        <SidePanel
          sessionId={session.id}
          scenario={scenario}
          document={document}
          moduleId={module.id}
          participants={participants}
          areaNumber={session.areaNumber}
          map={map}
          perform={perform}
          readOnly={readOnly}
          onParticipantsChanged={onChanged}
          say={say}
        />
        <QuickCapture
          sessionId={session.id}
          disabled={readOnly}
          organizations={signedInOrganizations(participants)}
          objectives={objectives}
          onAdd={(kind, text, organizationId, objectiveId) => perform(capture, { kind, text, moduleId: module.id, injectId: lastInjectId, organizationId, objectiveId })}
        />
      </div>
    </section>
  )
}
