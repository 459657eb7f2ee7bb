// The sign-in sheet: who came, for which organization and in what role, with a contact kept
// only with consent (and purged for good when asked); new organizations join the inventory so the
// map can use them.
import { UserMinus, UserPlus } from 'lucide-react'
import { useEffect, useState } from 'react'
import type { Organization } from '../../../../shared/inventory/model'
import type { OrganizationKind } from '../../../../shared/inventory/taxonomy'
import { PARTICIPANT_ROLES, type Participant } from '../../../../shared/session/model'
import { call, errorMessage, fieldIssuesOf } from '../../api/client'
import { KindOptions } from '../../components/Options'
import { SelectField } from '../../components/SelectField'
import { TextField } from '../../components/TextField'
import { useSay, useT } from '../../i18n/use-t'
import { roleSelector } from '../../../../shared/i18n/taxonomy-words'
import { useDraft } from '../../lib/use-draft'
import { TableHead } from '../../components/TableHead'
import { PurgeContacts } from './PurgeContacts'

interface Props {
  sessionId: string
  participants: readonly Participant[]
  /** A finished session: the sheet is shown, not changed. */
  readOnly?: boolean
  /** Reads the session again after someone is signed in or removed. */
  onChanged: () => void
  say: (text: string) => void
}

export function SignInSheet({ sessionId, participants, readOnly = false, onChanged, say }: Props) {
  const t = useT()
  return (
    <section aria-labelledby="signin-title" className="signin-sheet">
      <h2 id="signin-title">{t('signIn.heading', { count: participants.length })}</h2>
      {participants.length > 0 && (
        <table className="data-table signin-table stacked-table">
          <TableHead columns={[t('signIn.name'), t('signIn.organization'), t('signIn.role'), t('signIn.col.contact'), { label: t('signIn.col.actions'), visuallyHidden: true }]} />
          <tbody>
            {participants.map((participant) => (
              <tr key={participant.id}>
                <th scope="row" className="signin-name">
                  {participant.name}
                </th>
                <td className="signin-organization">{participant.organizationName || '—'}</td>
                <td className="signin-role">{t('report.role', { role: roleSelector(participant.role) })}</td>
                <td className="signin-contact">{participant.contactConsent ? participant.contact : <span className="muted">{t('signIn.notKept')}</span>}</td>
                <td className="signin-remove">
                  <button
                    type="button"
                    className="icon-button"
                    disabled={readOnly}
                    aria-label={t('signIn.remove', { name: participant.name })}
                    onClick={() =>
                      void call('sessions.removeParticipant', { id: participant.id }).then(
                        () => onChanged(),
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
      {participants.length > 0 && <PurgeContacts sessionId={sessionId} onPurged={onChanged} />}
      {!readOnly && (
        <SignInForm
          sessionId={sessionId}
          onSignedIn={(participant) => {
            say(t('signIn.signedIn', { name: participant.name }))
            onChanged()
          }}
        />
      )}
    </section>
  )
}

function SignInForm({ sessionId, onSignedIn }: { sessionId: string; onSignedIn: (participant: Participant) => void }) {
  const t = useT()
  const say = useSay()
  const [organizations, setOrganizations] = useState<Organization[]>([])
  // The name being typed is kept as the session's draft, like the capture box.
  const { text: name, setText: setName, clear: clearName, putBack: putBackName } = useDraft(`session:${sessionId}:signin-name`)
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
    clearName()
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
      putBackName(entered.name)
      setContact((current) => (current === '' ? entered.contact : current))
      setConsent((current) => current || entered.consent)
      setOrganizationId((current) => (current === '' ? entered.organizationId : current))
      setNewName((current) => (current === '' ? entered.newName : current))
      const issues = fieldIssuesOf(caught)
      const reason = issues ? issues.map(say).join(' ') : errorMessage(caught)
      setError(entered.name ? t('signIn.notSignedIn', { name: entered.name, reason }) : reason)
    }
  }

  return (
    <form
      className="signin-form"
      aria-label={t('signIn.form')}
      onSubmit={(event) => {
        event.preventDefault()
        void signIn()
      }}
    >
      <div className="form-grid">
        <TextField label={t('signIn.name')} value={name} onChange={setName} />
        <SelectField label={t('signIn.organization')} placeholder={t('signIn.resident')} value={organizationId} options={[['new', t('signIn.newOrganization')], ...organizations.map((o) => [o.id, o.name] as const)]} onChange={setOrganizationId} />
        <SelectField label={t('signIn.role')} value={role} options={PARTICIPANT_ROLES.map((r) => [r, t('report.role', { role: roleSelector(r) })] as const)} onChange={(value) => setRole(value as Participant['role'])} />
        {organizationId === 'new' && (
          <>
            <TextField label={t('signIn.newName')} value={newName} onChange={setNewName} />
            <SelectField label={t('signIn.kind')} value={newKind} onChange={(value) => setNewKind(value as OrganizationKind)}>
              <KindOptions />
            </SelectField>
          </>
        )}
        <TextField label={t('signIn.contact')} value={contact} placeholder={t('signIn.contactPlaceholder')} onChange={setContact} />
        <label className="checkbox">
          <input type="checkbox" checked={consent} onChange={(e) => setConsent(e.target.checked)} />
          {t('signIn.consent')}
        </label>
        <div className="field">
          <button type="submit" className="button primary">
            <UserPlus aria-hidden="true" /> {t('signIn.submit')}
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
