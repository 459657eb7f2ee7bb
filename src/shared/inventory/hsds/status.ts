// Service status between HSDS and Roundtable, written once: the export writes each status's HSDS
// word, and the import reads that word back (and the other HSDS words that mean the same).
import type { Service } from '../model'

type ServiceStatus = Service['status']

const STATUSES: Record<ServiceStatus, { writes: string; alsoReads: readonly string[] }> = {
  active: { writes: 'active', alsoReads: [] },
  paused: { writes: 'inactive', alsoReads: ['temporarily closed'] },
  ended: { writes: 'defunct', alsoReads: [] },
}

const READS = new Map<string, ServiceStatus>(
  (Object.entries(STATUSES) as [ServiceStatus, (typeof STATUSES)[ServiceStatus]][]).flatMap(([status, { writes, alsoReads }]) =>
    [writes, ...alsoReads].map((word) => [word, status] as const),
  ),
)

/** The HSDS status an export writes for a Roundtable status. */
export function hsdsStatus(status: ServiceStatus): string {
  return STATUSES[status].writes
}

/** The Roundtable status an HSDS status means ("temporarily closed" → paused); undefined when it is not one. */
export function roundtableStatus(hsds: string): ServiceStatus | undefined {
  return READS.get(hsds.toLowerCase())
}
