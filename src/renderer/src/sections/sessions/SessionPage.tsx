// One session: its scenario and place, its status, and the sign-in sheet.
import { ArrowLeft, Pause, Play, Square, UserMinus, UserPlus } from 'lucide-react'
import { useCallback, useEffect, useState } from 'react'
import type { Organization } from '../../../../shared/inventory/model'
import type { OrganizationKind } from '../../../../shared/inventory/taxonomy'
import type { Scenario } from '../../../../shared/scenario/schema'
import { PARTICIPANT_ROLES, type Participant, type SessionSummary } from '../../../../shared/session/model'
import { ApiError, call, errorMessage } from '../../api/client'
import { useAreaNames } from '../../api/use-community-areas'
import { KindOptions } from '../../components/Options'
import { SelectField } from '../../components/SelectField'
import { TextField } from '../../components/TextField'
import { PARTICIPANT_ROLE_LABELS, STATUS_LABELS } from './labels'
import { SessionConsole } from './SessionConsole'

interface Loaded {
  session: SessionSummary
  scenario: Scenario
  variables: Record<string, string>
  participants: Participant[]
}

export function SessionPage({ id, onBack, say }: { id: string; onBack: () => void; say: (text: string) => void }) {
  const [loaded, setLoaded] = useState<Loaded | { error: string } | undefined>()
  const areaName = useAreaNames()
  const load = useCallback(() => {
    call('sessions.get', { id }).then(setLoaded, (error: unknown) => setLoaded({ error: errorMessage(error) }))
  }, [id])
  useEffect(load, [load])

  const back = (
    <button type="button" className="button quiet back-button" onClick={onBack}>
      <ArrowLeft aria-hidden="true" /> All sessions
    </button>
  )
  if (!loaded) return <section className="screen">{back}<p role="status">Loading…</p></section>
  if ('error' in loaded) return <section className="screen">{back}<p className="inline-error" role="alert">{loaded.error}</p></section>
  const { session, participants } = loaded

  async function setStatus(status: SessionSummary['status']): Promise<void> {
    try {
      await call('sessions.setStatus', { id, status })
      say(`${STATUS_LABELS[status]}.`)
      load()
    } catch (error) {
      say(errorMessage(error))
    }
  }

  return (
    <section className="screen" aria-labelledby="session-title">
      {back}
      <header className="screen-header with-actions">
        <div>
          <p className="eyebrow">
            {session.date} · {areaName.get(session.areaNumber) ?? session.areaNumber}
            {session.place && ` · ${session.place}`}
            {session.facilitator && ` · facilitated by ${session.facilitator}`}
          </p>
          <h1 id="session-title">{session.title}</h1>
          <p className="lede">
            Status: <strong className={`status status-${session.status}`}>{STATUS_LABELS[session.status]}</strong>
          </p>
        </div>
        <div className="button-row">
          {(session.status === 'planned' || session.status === 'paused') && (
            <button type="button" className="button primary" onClick={() => void setStatus('running')}>
              <Play aria-hidden="true" /> {session.status === 'planned' ? 'Start' : 'Resume'}
            </button>
          )}
          {session.status === 'running' && (
            <button type="button" className="button" onClick={() => void setStatus('paused')}>
              <Pause aria-hidden="true" /> Pause
            </button>
          )}
          {session.status !== 'finished' && session.status !== 'planned' && (
            <button type="button" className="button" onClick={() => void setStatus('finished')}>
              <Square aria-hidden="true" /> Finish
            </button>
          )}
        </div>
      </header>

      {session.status !== 'planned' && <SessionConsole sessionId={id} areaNumber={session.areaNumber} scenario={loaded.scenario} variables={loaded.variables} participants={participants} />}

      <section aria-labelledby="signin-title">
        <h2 id="signin-title">Sign-in ({participants.length})</h2>
        {participants.length > 0 && (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Organization</th>
                <th scope="col">Role</th>
                <th scope="col">Contact</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {participants.map((participant) => (
                <tr key={participant.id}>
                  <th scope="row">{participant.name}</th>
                  <td>{participant.organizationName || '—'}</td>
                  <td>{PARTICIPANT_ROLE_LABELS[participant.role]}</td>
                  <td>{participant.contactConsent ? participant.contact : <span className="muted">not kept</span>}</td>
                  <td>
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={`Remove ${participant.name} from the sign-in`}
                      onClick={() =>
                        void call('sessions.removeParticipant', { id: participant.id }).then(
                          () => load(),
                          (e: unknown) => say(errorMessage(e)),
                        )
                      }
                    >
                      <UserMinus aria-hidden="true" />
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <SignInForm sessionId={id} onSignedIn={(participant) => {
          say(`Signed in ${participant.name}.`)
          load()
        }} />
      </section>
    </section>
  )
}

function SignInForm({ sessionId, onSignedIn }: { sessionId: string; onSignedIn: (participant: Participant) => void }) {
  const [organizations, setOrganizations] = useState<Organization[]>([])
  const [name, setName] = useState('')
  const [organizationId, setOrganizationId] = useState('')
  const [newName, setNewName] = useState('')
  const [newKind, setNewKind] = useState<OrganizationKind>('resident-group')
  const [role, setRole] = useState<Participant['role']>('participant')
  const [contact, setContact] = useState('')
  const [consent, setConsent] = useState(false)
  const [error, setError] = useState<string | undefined>()
  useEffect(() => {
    call('inventory.listOrganizations', {}).then(setOrganizations, () => undefined)
  }, [])

  /**
   * Signs the person in. The form empties at once, so the next person can be typed while this one
   * is saved; if saving fails, what was entered comes back (unless something new was typed).
   */
  async function signIn(): Promise<void> {
    setError(undefined)
    const entered = { name, contact, consent, organizationId, newName }
    setName('')
    setContact('')
    setConsent(false)
    setOrganizationId('')
    setNewName('')
    try {
      const participant = await call('sessions.addParticipant', {
        sessionId,
        name: entered.name,
        role,
        contact: entered.contact,
        contactConsent: entered.consent,
        ...(entered.organizationId === 'new' ? { newOrganization: { name: entered.newName, kind: newKind } } : entered.organizationId ? { organizationId: entered.organizationId } : {}),
      })
      onSignedIn(participant)
      if (entered.organizationId === 'new') call('inventory.listOrganizations', {}).then(setOrganizations, () => undefined)
    } catch (caught) {
      setName((current) => (current === '' ? entered.name : current))
      setContact((current) => (current === '' ? entered.contact : current))
      setConsent((current) => current || entered.consent)
      setOrganizationId((current) => (current === '' ? entered.organizationId : current))
      setNewName((current) => (current === '' ? entered.newName : current))
      const issues = caught instanceof ApiError ? (caught.details as { issues?: { message: string }[] } | undefined)?.issues : undefined
      setError(`${entered.name ? `${entered.name} is not signed in: ` : ''}${issues?.map((i) => i.message).join(' ') ?? errorMessage(caught)}`)
    }
  }

  return (
    <form
      className="signin-form"
      aria-label="Sign someone in"
      onSubmit={(event) => {
        event.preventDefault()
        void signIn()
      }}
    >
      <div className="form-grid">
        <TextField label="Name" value={name} onChange={setName} />
        <SelectField label="Organization" placeholder="None (resident)" value={organizationId} options={[['new', 'A new organization…'], ...organizations.map((o) => [o.id, o.name] as const)]} onChange={setOrganizationId} />
        <SelectField label="Role" value={role} options={PARTICIPANT_ROLES.map((r) => [r, PARTICIPANT_ROLE_LABELS[r]])} onChange={(value) => setRole(value as Participant['role'])} />
        {organizationId === 'new' && (
          <>
            <TextField label="New organization’s name" value={newName} onChange={setNewName} />
            <SelectField label="Kind" value={newKind} onChange={(value) => setNewKind(value as OrganizationKind)}>
              <KindOptions />
            </SelectField>
          </>
        )}
        <TextField label="Contact (optional)" value={contact} placeholder="Phone or email" onChange={setContact} />
        <label className="checkbox">
          <input type="checkbox" checked={consent} onChange={(e) => setConsent(e.target.checked)} />
          They agree we keep this contact
        </label>
        <div className="field">
          <button type="submit" className="button primary">
            <UserPlus aria-hidden="true" /> Sign in
          </button>
        </div>
      </div>
      {error && (
        <p className="inline-error" role="alert">
          {error}
        </p>
      )}
    </form>
  )
}
