// Captures what the room said: a note, a decision, an observation, a strength or an area for
// improvement (about an objective), or a parking-lot item,
// tied to the module and the inject last revealed, and to who said it when the room names them.
import { captureKinds } from '../document'
import { defineAction } from './action'

export type CaptureKind = (typeof captureKinds)[number]

export const capture = defineAction<{ kind: CaptureKind; text: string; moduleId: string; injectId?: string | undefined; organizationId?: string | undefined; objectiveId?: string | undefined }>({
  name: 'capture',
  label: ({ kind }) => ({ key: 'action.capture', values: { kind } }),
  apply: (d, { kind, text, moduleId, injectId, organizationId, objectiveId }, { now, newId }) => {
    if (text.trim() === '') return
    d.entries.push({ id: newId(), kind, text: text.trim(), moduleId, ...(injectId ? { injectId } : {}), ...(organizationId ? { organizationId } : {}), ...(objectiveId && (kind === 'strength' || kind === 'improvement') ? { objectiveId } : {}), at: now.toISOString() })
  },
})
