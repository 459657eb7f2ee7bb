// The organization the inventory is narrowed to: how to reach it, how many services it has, and a way to edit it or show all again.
import { Pencil, X } from 'lucide-react'
import type { Organization } from '../../../../../shared/inventory/model'
import { ActionButton } from '../../../components/ActionButton'
import { useT } from '../../../i18n/use-t'

interface Props {
  organization: Organization & { serviceCount: number }
  onEdit: () => void
  onShowAll: () => void
}

export function OrganizationCard({ organization, onEdit, onShowAll }: Props) {
  const t = useT()
  const contact = [organization.contactPerson, organization.phone, organization.email].filter(Boolean).join(' · ')
  return (
    <div className="organization-card" aria-label={t('inventory.organization.region', { name: organization.name })} role="region">
      <div>
        <h2>{organization.name}</h2>
        <p className="muted">
          {contact || t('inventory.organization.noContact')} · {t('inventory.serviceCount', { count: organization.serviceCount })}
        </p>
      </div>
      <div className="button-row">
        <ActionButton icon={Pencil} label={t('inventory.organization.edit')} onClick={onEdit} />
        <ActionButton look="quiet" icon={X} label={t('inventory.organization.showAll')} onClick={onShowAll} />
      </div>
    </div>
  )
}
