// Names the organization that owns an action item, or takes it back. Where the owner was that
// organization itself (its name in Owner), the owner follows the new organization.
import { defineAction, gist } from './action'

interface Params {
  itemId: string
  what: string
  /** The organization that now owns it; none to take the owner organization back. */
  organization?: { id: string; name: string } | undefined
  /** The name of the organization that owned it until now, if any. */
  previousName?: string | undefined
}

export const setActionItemOrganization = defineAction<Params>({
  name: 'set-action-item-organization',
  label: ({ what, organization }) => ({
    key: 'action.setActionItemOrganization',
    values: { what: gist(what), named: organization ? 'yes' : 'no', name: organization?.name ?? '' },
  }),
  apply: (d, { itemId, organization, previousName }) => {
    const item = d.actionItems.find((i) => i.id === itemId)
    if (!item || item.ownerOrganizationId === organization?.id) return
    if (!organization) {
      delete item.ownerOrganizationId
      return
    }
    if (previousName !== undefined && item.ownerName === previousName) item.ownerName = organization.name
    item.ownerOrganizationId = organization.id
  },
})
