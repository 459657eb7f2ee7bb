// The facilitator's console: the current module, injects revealed one at a time, a session
// clock that pauses, quick capture of notes, decisions, observations and the parking lot,
// action items, and an evaluation per objective. Every change is saved at once; Undo and
// Redo step through them (Ctrl+Z, Ctrl+Shift+Z outside text fields).
import { ChevronLeft, ChevronRight, Eye, MonitorPlay, Pause, Play, Redo2, Undo2 } from 'lucide-react'
import { useEffect, useId, useMemo, useState } from 'react'
import type { Scenario } from '../../../../shared/scenario/schema'
import { captureKinds, type SessionDocument } from '../../../../shared/session/document'
import { clockElapsedMs, dueInjects, nextTimedInject } from '../../../../shared/session/auto-reveal'
import { fillVariables, type Participant } from '../../../../shared/session/model'
import { menuLabel } from '../../../../shared/shell'
import { SessionMap } from './map/SessionMap'
import { provideSessionHistory } from '../../api/shell'
import { useSessionDocument } from './use-session-document'
import { appNow, appNowMs } from '../../lib/clock'

const KIND_LABELS: Record<(typeof captureKinds)[number], string> = {
  note: 'Note',
  decision: 'Decision',
  observation: 'Observation',
  'parking-lot': 'Parking lot',
}

const RATING_LABELS = {
  P: 'P — performed without challenges',
  S: 'S — some challenges',
  M: 'M — major challenges',
  U: 'U — unable to be performed',
} as const

let counter = 0
const newId = (prefix: string) => `${prefix}-${appNowMs().toString(36)}-${(counter++).toString(36)}`

interface Props {
  sessionId: string
  areaNumber: number
  scenario: Scenario
  variables: Record<string, string>
  participants: readonly Participant[]
}

export function SessionConsole({ sessionId, areaNumber, scenario, variables, participants }: Props) {
  const session = useSessionDocument(sessionId)
  const { document, change, undo, redo, undoLabel, redoLabel } = session
  const fill = (text: string) => fillVariables(text, variables)

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null
      if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return
      if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'z' && event.key.toLowerCase() !== 'y') return
      event.preventDefault()
      if (event.key.toLowerCase() === 'y' || event.shiftKey) redo()
      else undo()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [undo, redo])

  useRevealOnTime(document, scenario, change)
  // The Edit menu (Electron) names the next Undo and Redo and calls them.
  useEffect(() => provideSessionHistory({ undo, redo }, { undo: undoLabel ?? null, redo: redoLabel ?? null }), [undo, redo, undoLabel, redoLabel])

  if (!document) return <p role="status">{session.error ?? 'Loading the session…'}</p>
  const moduleIndex = Math.max(0, scenario.modules.findIndex((m) => m.id === document.currentModuleId))
  const module = scenario.modules[moduleIndex]!
  const revealedHere = document.revealed.filter((r) => r.moduleId === module.id)
  const nextInject = module.injects.find((inject) => !revealedHere.some((r) => r.injectId === inject.id))
  const lastInjectId = revealedHere[revealedHere.length - 1]?.injectId

  const goToModule = (index: number) => {
    const target = scenario.modules[index]
    if (!target) return
    change(`Go to ${target.title}`, (d) => {
      d.currentModuleId = target.id
      // The module's time offsets count from here on the session clock.
      if (d.moduleStarts?.[target.id] === undefined) d.moduleStarts = { ...d.moduleStarts, [target.id]: clockElapsedMs(d.clock, appNowMs()) }
    })
  }

  return (
    <section className="console" aria-labelledby="console-title">
      <div className="console-bar">
        <h2 id="console-title">Console</h2>
        <SessionClock clock={document.clock} onToggle={() =>
          change(document.clock.running ? 'Pause the clock' : 'Start the clock', (d) => {
            const now = appNow()
            if (d.clock.running && d.clock.startedAt) {
              d.clock.elapsedMs = clockElapsedMs(d.clock, now.getTime())
              d.clock.running = false
              delete d.clock.startedAt
            } else {
              d.clock.running = true
              d.clock.startedAt = now.toISOString()
            }
          })
        } />
        <div className="button-row">
          <button type="button" className="button" disabled={!undoLabel} onClick={undo} aria-keyshortcuts="Control+Z">
            <Undo2 aria-hidden="true" /> {menuLabel('Undo', undoLabel ?? null)}
          </button>
          <button type="button" className="button" disabled={!redoLabel} onClick={redo} aria-keyshortcuts="Control+Shift+Z">
            <Redo2 aria-hidden="true" /> {menuLabel('Redo', redoLabel ?? null)}
          </button>
        </div>
        <a className="button" href={`#/present/${sessionId}`} target="_blank" rel="noopener">
          <MonitorPlay aria-hidden="true" /> Presenter view
        </a>
        <p className={`save-state${session.error ? ' error' : ''}`} role="status" aria-live="polite">
          {session.error ?? (session.saving ? 'Saving…' : 'All changes saved')}
        </p>
      </div>

      <div className="console-grid">
        <section className="console-module" aria-labelledby="module-title">
          <div className="module-nav">
            <button type="button" className="icon-button" aria-label="Previous module" disabled={moduleIndex === 0} onClick={() => goToModule(moduleIndex - 1)}>
              <ChevronLeft aria-hidden="true" />
            </button>
            <h3 id="module-title">{fill(module.title)}</h3>
            <button type="button" className="icon-button" aria-label="Next module" disabled={moduleIndex === scenario.modules.length - 1} onClick={() => goToModule(moduleIndex + 1)}>
              <ChevronRight aria-hidden="true" />
            </button>
          </div>
          {module.timing && <p className="eyebrow">{fill(module.timing)}</p>}
          <p className="narrative">{fill(module.narrative)}</p>
          <h4>
            Injects ({revealedHere.length} of {module.injects.length} revealed)
          </h4>
          <ol className="revealed-injects">
            {revealedHere.map((revealed) => {
              const inject = module.injects.find((i) => i.id === revealed.injectId)
              if (!inject) return null
              return (
                <li key={revealed.injectId} className="inject">
                  <p className="inject-head">
                    <strong>{fill(inject.title)}</strong>
                    {inject.from && <span className="muted"> — from {fill(inject.from)}</span>}
                  </p>
                  <p>{fill(inject.text)}</p>
                  {inject.facilitatorNotes && (
                    <aside className="facilitator-note" aria-label="Facilitator only">
                      <p className="label">Facilitator only</p>
                      <p>{fill(inject.facilitatorNotes)}</p>
                    </aside>
                  )}
                </li>
              )
            })}
          </ol>
          {nextInject ? (
            <button
              type="button"
              className="button primary"
              onClick={() => change(`Reveal ${nextInject.title}`, (d) => void d.revealed.push({ moduleId: module.id, injectId: nextInject.id, at: appNow().toISOString() }))}
            >
              <Eye aria-hidden="true" /> Reveal next inject: {fill(nextInject.title)}
            </button>
          ) : (
            module.injects.length > 0 && <p className="muted">Every inject of this module is revealed.</p>
          )}
          {module.injects.some((i) => i.offsetMinutes !== undefined) && (
            <RevealOnTime
              module={module}
              document={document}
              fill={fill}
              onToggle={(on) => change(on ? 'Turn on reveal on time' : 'Turn off reveal on time', (d) => void (d.autoReveal = on))}
            />
          )}
          {module.questions.length > 0 && (
            <>
              <h4>Discussion questions</h4>
              <ul className="questions">
                {module.questions.map((q, index) => (
                  <li key={index}>
                    {q.discipline && <span className="muted">{fill(q.discipline)}: </span>}
                    {fill(q.text)}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>

        <section className="console-capture" aria-labelledby="capture-title">
          <h3 id="capture-title">Capture</h3>
          <QuickCapture
            onAdd={(kind, text) =>
              change(`Add ${KIND_LABELS[kind].toLowerCase()}`, (d) =>
                void d.entries.push({ id: newId('e'), kind, text, moduleId: module.id, ...(lastInjectId ? { injectId: lastInjectId } : {}), at: appNow().toISOString() }),
              )
            }
          />
          <EntryList document={document} moduleId={module.id} />
          <ActionItems document={document} participants={participants} change={change} />
          <Evaluation scenario={scenario} document={document} change={change} fill={fill} />
        </section>
      </div>
      <SessionMap scenario={scenario} variables={variables} participants={participants} document={document} areaNumber={areaNumber} change={change} />
    </section>
  )
}

/** While "reveal on time" is on and the clock runs, reveals each inject whose offset has come. */
function useRevealOnTime(document: SessionDocument | undefined, scenario: Scenario, change: (label: string, recipe: (draft: SessionDocument) => void) => void) {
  useEffect(() => {
    if (!document?.autoReveal || !document.clock.running) return
    const module = scenario.modules.find((m) => m.id === document.currentModuleId) ?? scenario.modules[0]!
    const check = () => {
      const due = dueInjects(module, document, appNowMs())
      if (due.length === 0) return
      change(`Reveal ${due.map((i) => i.title).join(', ')} on time`, (d) => {
        for (const inject of due) {
          if (!d.revealed.some((r) => r.moduleId === module.id && r.injectId === inject.id)) d.revealed.push({ moduleId: module.id, injectId: inject.id, at: appNow().toISOString() })
        }
      })
    }
    check()
    const timer = setInterval(check, 1000)
    return () => clearInterval(timer)
  }, [document, scenario, change])
}

function RevealOnTime({ module, document, fill, onToggle }: { module: Scenario['modules'][number]; document: SessionDocument; fill: (text: string) => string; onToggle: (on: boolean) => void }) {
  const now = useNowWhile(document.clock.running)
  const next = nextTimedInject(module, document, now)
  const id = useId()
  return (
    <div className="reveal-on-time">
      <label htmlFor={id} className="inline-check">
        <input id={id} type="checkbox" checked={document.autoReveal ?? false} onChange={(e) => onToggle(e.target.checked)} /> Reveal injects on time (session clock)
      </label>
      {next && (
        <p className="hint" role="status">
          Next on time: {fill(next.inject.title)} at {next.inject.offsetMinutes} min into the module —{' '}
          {document.clock.running ? `in ${formatDuration(next.inMs)}` : `${formatDuration(next.inMs)} of clock time away (the clock is paused)`}
          {!document.autoReveal && ' (reveal on time is off)'}
        </p>
      )}
    </div>
  )
}

/** The time now, refreshed every second while `ticking` (a paused clock needs no refresh). */
function useNowWhile(ticking: boolean): number {
  const [now, setNow] = useState(() => appNowMs())
  useEffect(() => {
    if (!ticking) return
    const timer = setInterval(() => setNow(appNowMs()), 1000)
    return () => clearInterval(timer)
  }, [ticking])
  return now
}

function formatDuration(ms: number): string {
  const totalSeconds = Math.ceil(ms / 1000)
  const minutes = Math.floor(totalSeconds / 60)
  return minutes >= 1 ? `${minutes} min ${totalSeconds % 60} s` : `${totalSeconds} s`
}

function SessionClock({ clock, onToggle }: { clock: SessionDocument['clock']; onToggle: () => void }) {
  const now = useNowWhile(clock.running)
  const elapsed = clockElapsedMs(clock, now)
  const minutes = Math.floor(elapsed / 60000)
  const text = `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}:${String(Math.floor((elapsed % 60000) / 1000)).padStart(2, '0')}`
  return (
    <div className="session-clock">
      <span className="clock-time" aria-label={`Session clock ${text}${clock.running ? ', running' : ', paused'}`}>
        {text}
      </span>
      <button type="button" className="button" onClick={onToggle}>
        {clock.running ? <Pause aria-hidden="true" /> : <Play aria-hidden="true" />} {clock.running ? 'Pause clock' : 'Start clock'}
      </button>
    </div>
  )
}

function QuickCapture({ onAdd }: { onAdd: (kind: (typeof captureKinds)[number], text: string) => void }) {
  const [text, setText] = useState('')
  const [kind, setKind] = useState<(typeof captureKinds)[number]>('note')
  const ids = { text: useId(), kind: useId() }
  const submit = () => {
    if (text.trim() === '') return
    onAdd(kind, text.trim())
    setText('')
  }
  return (
    <form
      className="quick-capture"
      onSubmit={(event) => {
        event.preventDefault()
        submit()
      }}
    >
      <div className="field">
        <label htmlFor={ids.kind}>Kind</label>
        <select id={ids.kind} value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
          {captureKinds.map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </div>
      <div className="field grow">
        <label htmlFor={ids.text}>What the room said</label>
        <textarea
          id={ids.text}
          rows={2}
          value={text}
          aria-keyshortcuts="Enter"
          placeholder="Type and press Enter (Shift+Enter for a new line)"
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.shiftKey) {
              event.preventDefault()
              submit()
            }
          }}
        />
      </div>
      <button type="submit" className="button primary">
        Add
      </button>
    </form>
  )
}

function EntryList({ document, moduleId }: { document: SessionDocument; moduleId: string }) {
  const entries = useMemo(() => document.entries.filter((e) => e.moduleId === moduleId || e.kind === 'parking-lot').slice().reverse(), [document.entries, moduleId])
  if (entries.length === 0) return <p className="muted">Nothing captured in this module yet.</p>
  return (
    <ul className="entries" aria-label="Captured in this module">
      {entries.map((entry) => (
        <li key={entry.id} className={`entry entry-${entry.kind}`}>
          <span className="entry-kind">{KIND_LABELS[entry.kind]}</span>
          <span className="entry-time">{new Date(entry.at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}</span>
          <span className="entry-text">{entry.text}</span>
        </li>
      ))}
    </ul>
  )
}

type Change = (label: string, recipe: (draft: SessionDocument) => void) => void

function ActionItems({ document, participants, change }: { document: SessionDocument; participants: readonly Participant[]; change: Change }) {
  const [what, setWhat] = useState('')
  const [owner, setOwner] = useState('')
  const [due, setDue] = useState('')
  const [priority, setPriority] = useState<'low' | 'medium' | 'high'>('medium')
  const ids = { what: useId(), owner: useId(), due: useId(), priority: useId(), owners: useId() }
  const owners = [...new Map(participants.filter((p) => p.organizationId).map((p) => [p.organizationId!, p.organizationName])).entries()]
  return (
    <section aria-labelledby={`${ids.what}-title`}>
      <h3 id={`${ids.what}-title`}>Action items ({document.actionItems.length})</h3>
      <form
        className="action-form"
        onSubmit={(event) => {
          event.preventDefault()
          if (what.trim() === '' || owner.trim() === '') return
          const organization = owners.find(([, name]) => name === owner.trim())
          change('Add action item', (d) =>
            void d.actionItems.push({
              id: newId('a'),
              what: what.trim(),
              ownerName: owner.trim(),
              ...(organization ? { ownerOrganizationId: organization[0] } : {}),
              ...(due ? { due } : {}),
              priority,
              status: 'open',
              at: appNow().toISOString(),
            }),
          )
          setWhat('')
          setDue('')
        }}
      >
        <div className="field grow">
          <label htmlFor={ids.what}>What</label>
          <input id={ids.what} value={what} onChange={(e) => setWhat(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={ids.owner}>Owner</label>
          <input id={ids.owner} list={ids.owners} value={owner} onChange={(e) => setOwner(e.target.value)} />
          <datalist id={ids.owners}>
            {owners.map(([organizationId, name]) => (
              <option key={organizationId} value={name} />
            ))}
          </datalist>
        </div>
        <div className="field">
          <label htmlFor={ids.due}>Due</label>
          <input id={ids.due} type="date" value={due} onChange={(e) => setDue(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={ids.priority}>Priority</label>
          <select id={ids.priority} value={priority} onChange={(e) => setPriority(e.target.value as typeof priority)}>
            <option value="high">High</option>
            <option value="medium">Medium</option>
            <option value="low">Low</option>
          </select>
        </div>
        <button type="submit" className="button">
          Add item
        </button>
      </form>
      {document.actionItems.length > 0 && (
        <table className="data-table action-table">
          <thead>
            <tr>
              <th scope="col">What</th>
              <th scope="col">Owner</th>
              <th scope="col">Due</th>
              <th scope="col">Priority</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {document.actionItems.map((item, index) => (
              <tr key={item.id}>
                <th scope="row">{item.what}</th>
                <td>{item.ownerName}</td>
                <td>{item.due ?? '—'}</td>
                <td>{item.priority}</td>
                <td>
                  <select
                    aria-label={`Status of ${item.what}`}
                    value={item.status}
                    onChange={(e) => change(`Mark ${item.what} ${e.target.value}`, (d) => void (d.actionItems[index]!.status = e.target.value as typeof item.status))}
                  >
                    <option value="open">Open</option>
                    <option value="in-progress">In progress</option>
                    <option value="done">Done</option>
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}

function Evaluation({ scenario, document, change, fill }: { scenario: Scenario; document: SessionDocument; change: Change; fill: (text: string) => string }) {
  return (
    <section aria-labelledby="evaluation-title">
      <h3 id="evaluation-title">Evaluation</h3>
      {scenario.overview.objectives.map((objective) => {
        const current = document.evaluations.find((e) => e.objectiveId === objective.id)
        const set = (rating: 'P' | 'S' | 'M' | 'U' | undefined, reason: string, label: string) =>
          change(label, (d) => {
            const index = d.evaluations.findIndex((e) => e.objectiveId === objective.id)
            if (rating === undefined) return
            const entry = { objectiveId: objective.id, rating, reason, at: appNow().toISOString() }
            if (index >= 0) d.evaluations[index] = entry
            else d.evaluations.push(entry)
          })
        return (
          <fieldset key={objective.id} className="evaluation">
            <legend>{fill(objective.text)}</legend>
            <div className="ratings">
              {(Object.keys(RATING_LABELS) as (keyof typeof RATING_LABELS)[]).map((rating) => (
                <label key={rating} className="checkbox" title={RATING_LABELS[rating]}>
                  <input
                    type="radio"
                    name={`rating-${objective.id}`}
                    checked={current?.rating === rating}
                    onChange={() => set(rating, current?.reason ?? '', `Rate objective ${objective.id} ${rating}`)}
                  />
                  {RATING_LABELS[rating]}
                </label>
              ))}
            </div>
            <EvaluationReason
              objectiveId={objective.id}
              value={current?.reason ?? ''}
              disabled={!current}
              onSave={(reason) => set(current?.rating, reason, `Explain rating of ${objective.id}`)}
            />
          </fieldset>
        )
      })}
    </section>
  )
}

/** The reason is saved when the field loses focus (one change per edit, not per keystroke). */
function EvaluationReason({ objectiveId, value, disabled, onSave }: { objectiveId: string; value: string; disabled: boolean; onSave: (reason: string) => void }) {
  const [text, setText] = useState(value)
  const [shown, setShown] = useState(value)
  if (value !== shown) {
    setShown(value)
    setText(value)
  }
  const id = useId()
  return (
    <div className="field">
      <label htmlFor={id}>Why ({objectiveId})</label>
      <input id={id} value={text} disabled={disabled} onChange={(e) => setText(e.target.value)} onBlur={() => text !== value && onSave(text)} />
    </div>
  )
}
