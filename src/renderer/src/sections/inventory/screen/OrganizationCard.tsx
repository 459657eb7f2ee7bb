// The organization the inventory is narrowed to: how to reach it, how many services it has, and a way to edit it or show all again.
import { Pencil, X } from 'lucide-react'
import type { Organization } from '../../../../../shared/inventory/model'
import { ActionButton } from '../../../components/ActionButton'

interface Props {
  organization: Organization & { serviceCount: number }
  onEdit: () => void
  onShowAll: () => void
}

export function OrganizationCard({ organization, onEdit, onShowAll }: Props) {
  return (
    <div className="organization-card" aria-label={`Organization: ${organization.name}`} role="region">
      <div>
        <h2>{organization.name}</h2>
        <p className="muted">
          {[organization.contactPerson, organization.phone, organization.email].filter(Boolean).join(' · ') || 'No contact details yet'} · {organization.serviceCount} services
        </p>
      </div>
      <div className="button-row">
        <ActionButton icon={Pencil} label="Edit organization" onClick={onEdit} />
        <ActionButton look="quiet" icon={X} label="All organizations" onClick={onShowAll} />
      </div>
    </div>
  )
}
