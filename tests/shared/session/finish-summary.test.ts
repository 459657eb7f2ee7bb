import { describe, expect, it } from 'vitest'
import type { NeedAssessment } from '../../../src/shared/exercise/gaps'
import { emptySessionDocument } from '../../../src/shared/session/document'
import { finishSummary } from '../../../src/shared/session/finish-summary'
import { scenario } from '../../helpers/exercise-fixture'

const assessed = (needId: string, covered: boolean): NeedAssessment => ({ needId, urgency: 'high', covered, reasons: covered ? [] : [{ kind: 'no-lead' }], contributingIds: [] })
const at = '2026-10-03T18:00:00.000Z'

describe('the summary before finishing', () => {
  it('counts what is still open: gaps, action items not done, objectives not rated', () => {
    const document = emptySessionDocument()
    document.entries.push({ id: 'e1', kind: 'note', text: 'x', at })
    document.actionItems.push(
      { id: 'a1', what: 'Fix the light', ownerName: 'CDOT', priority: 'high', status: 'done', at },
      { id: 'a2', what: 'Call the family', ownerName: 'Outreach', priority: 'high', status: 'in-progress', at },
    )
    const summary = finishSummary(scenario, document, [assessed('prevent', false), assessed('light', true)])
    expect(summary).toEqual({ needs: 2, gapsOpen: 1, actionItems: 2, actionItemsOpen: 1, objectives: 1, unrated: ['o1'], captured: 1 })
    document.evaluations.push({ objectiveId: 'o1', rating: 'S', reason: '', at })
    expect(finishSummary(scenario, document, []).unrated).toEqual([])
  })
})
