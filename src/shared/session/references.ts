// The organizations a session refers to: those its people came for, those on its map, those named
// as having said something or owning an action item. Reports and session files both carry them.
import type { SessionDocument } from './document'

export function referencedOrganizationIds(document: SessionDocument, participants: readonly { organizationId: string | null }[]): Set<string> {
  return new Set([
    ...participants.map((p) => p.organizationId).filter((id) => id !== null),
    ...document.graph.nodes.filter((n) => n.kind === 'organization').map((n) => n.refId),
    ...document.entries.map((e) => e.organizationId).filter((id) => id !== undefined),
    ...document.actionItems.map((i) => i.ownerOrganizationId).filter((id) => id !== undefined),
  ])
}
