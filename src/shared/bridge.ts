// What both transports agree on: the list of call names, the IPC channel and HTTP path of a
// call, and the shape of window.api. Free of zod so the sandboxed preload stays small.
import type { CallInput, CallName, CallOutput } from './contract'
import type { Envelope } from './errors'

/** Every call of the contract, by name; contract.ts checks at compile time that they agree. */
export const CALL_NAMES = [
  'app.info',
  'areas.list',
  'areas.setFocus',
  'inventory.listServices',
  'inventory.getService',
  'inventory.servicesByIds',
  'inventory.saveService',
  'inventory.deleteService',
  'inventory.restoreService',
  'inventory.saveOrganization',
  'inventory.deleteOrganization',
  'inventory.restoreOrganization',
  'inventory.listCategories',
  'inventory.addCategory',
  'inventory.listOrganizations',
  'inventory.previewImport',
  'inventory.commitCsvImport',
  'inventory.exportCsv',
  'inventory.exportHsds',
  'inventory.csvTemplate',
  'inventory.removeStarter',
  'scenarios.list',
  'scenarios.get',
  'scenarios.save',
  'scenarios.import',
  'scenarios.export',
  'scenarios.duplicate',
  'scenarios.remove',
  'scenarios.restore',
  'scenarios.situationManual',
  'sessions.create',
  'sessions.list',
  'sessions.get',
  'sessions.setStatus',
  'sessions.addParticipant',
  'sessions.removeParticipant',
  'sessions.state',
  'sessions.applyChange',
  'exercise.suggest',
] as const

export const IPC_CHANNEL_PREFIX = 'roundtable:'
export const HTTP_API_PREFIX = '/api/'

export function ipcChannelFor(name: string): string {
  return IPC_CHANNEL_PREFIX + name
}

/** What the preload exposes as window.api: one function per contract call. */
export type RendererApi = {
  [K in CallName]: (input: CallInput<K>) => Promise<Envelope<CallOutput<K>>>
}
