// The API contract: every call the renderer may make, declared once with its input and output,
// one file per domain, merged here. Electron IPC, the HTTP bridge, the typed client and the
// tests all derive from this table.
import type { z } from 'zod'
import { appCalls } from './app'
import { areaCalls } from './areas'
import { backupCalls } from './backups'
import type { CallTable } from './common'
import { draftCalls } from './drafts'
import { exerciseCalls } from './exercise'
import { inventoryCalls } from './inventory'
import type { CallNameListed } from './names'
import { reportCalls } from './reports'
import { scenarioCalls } from './scenarios'
import { sessionCalls } from './sessions'
import { townHallCalls } from './townhalls'
import { townHallReportCalls } from './townhall-reports'

export { appInfoSchema, noticeSchema, type AppInfo, type Notice } from './app'
export type { CallTable } from './common'

export const contract = {
  ...appCalls,
  ...areaCalls,
  ...inventoryCalls,
  ...scenarioCalls,
  ...sessionCalls,
  ...exerciseCalls,
  ...draftCalls,
  ...reportCalls,
  ...townHallCalls,
  ...townHallReportCalls,
  ...backupCalls,
} as const satisfies CallTable

export type Contract = typeof contract
export type CallName = keyof Contract
/** What a caller passes (defaults may be left out). */
export type CallInput<K extends CallName> = z.input<Contract[K]['input']>
/** What a handler receives, after validation and defaults. */
export type ParsedInput<K extends CallName> = z.output<Contract[K]['input']>
export type CallOutput<K extends CallName> = z.output<Contract[K]['output']>

type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
// Fails to compile when a call is added to the contract but not to CALL_NAMES, or the reverse.
const callNamesMatchContract: SameKeys<CallName, CallNameListed> = true
void callNamesMatchContract

export function isCallName(name: string): name is CallName {
  return Object.hasOwn(contract, name)
}

/** The server side of one domain's calls: one handler per call. */
export type HandlersOf<C extends CallTable> = {
  [K in keyof C]: (input: z.output<C[K]['input']>) => z.output<C[K]['output']> | Promise<z.output<C[K]['output']>>
}

/** The server side of the whole contract. */
export type Handlers = HandlersOf<Contract>
