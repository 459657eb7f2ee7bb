// @vitest-environment happy-dom
import { act, useState } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { NeedAssessment } from '../../../../../src/shared/exercise/gaps'
import { GapList } from '../../../../../src/renderer/src/sections/sessions/map/GapList'
import { render } from '../../../render'

// No app behind this test: the category list is asked for and not answered (the shipped one is used).
beforeEach(() => void vi.stubGlobal('fetch', () => Promise.reject(new Error('no app in this test'))))
afterEach(() => {
  document.body.innerHTML = ''
  vi.unstubAllGlobals()
})

const gap = (needId: string, urgency: NeedAssessment['urgency']): NeedAssessment => ({ needId, urgency, covered: false, reasons: [{ kind: 'no-resource' }], contributingIds: [] })

let setGaps: (gaps: NeedAssessment[]) => void = () => undefined
function Harness({ initial }: { initial: NeedAssessment[] }) {
  const [gaps, set] = useState(initial)
  setGaps = set
  return (
    <GapList
      gaps={gaps}
      total={5}
      gapNeedOf={() => undefined}
      whenTextOf={() => undefined}
      labelOf={(id) => `Need ${id}`}
      resourceName={(id) => id}
      linksOf={() => []}
      ledNeedIds={new Set()}
      onAddAndLink={() => undefined}
      onCount={() => undefined}
    />
  )
}

describe('the gap list', () => {
  it('numbers its gaps 1, 2, 3… however they reorder, grow or shrink as links change', async () => {
    const { container } = await render(<Harness initial={[gap('a', 'critical'), gap('b', 'high'), gap('c', 'low')]} />)
    const numbers = () => [...container.querySelectorAll('.gap-list > li')].map((li) => `${li.querySelector('.gap-number')!.textContent} ${li.querySelector('strong')!.textContent}`)
    expect(numbers()).toEqual(['1. Need a', '2. Need b', '3. Need c'])
    await act(async () => setGaps([gap('c', 'low'), gap('a', 'critical')]))
    expect(numbers()).toEqual(['1. Need c', '2. Need a'])
    await act(async () => setGaps([gap('d', 'high'), gap('c', 'low'), gap('a', 'critical'), gap('e', 'medium')]))
    expect(numbers()).toEqual(['1. Need d', '2. Need c', '3. Need a', '4. Need e'])
    expect(container.querySelector('h3')!.textContent).toBe('Gaps (4 of 5 needs)')
  })
})
