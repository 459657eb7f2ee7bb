// The map read from the back of the room: fitted to a map of many items, every name on it is drawn
// at 12 px or more on the screen (names alone when zoomed out), inside its item, on the projector at
// 1920×1080 and on the console at 1366×768; and the projector fits again when the console arranges.
import { fileURLToPath } from 'node:url'
import type { Locator, Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { mapSettled, startSession } from './session-steps'

const MANY_NEEDS = 'A fight at school dismissal, with every need on the map'
/** The fixture's 36 needs and the one organization signed in. */
const ITEMS = 37
const SCREENSHOTS = fileURLToPath(new URL('../../.scratch/', import.meta.url))

async function importManyNeeds(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Scenarios' }).click()
  await page.getByTestId('scenario-file-input').setInputFiles([fileURLToPath(new URL('../fixtures/scenarios/many-needs.yaml', import.meta.url))])
  await expect(page.getByText('Imported 1 new, 0 updated, 0 unchanged.')).toBeVisible()
}

interface Drawn {
  /** The view's zoom. */
  scale: number
  /** The items in view, on the screen. */
  nodes: { left: number; top: number; right: number; bottom: number }[]
  /** Each piece of text drawn on them: its size on the screen (font size × zoom), its line's height, and whether it stays inside its item. */
  texts: { text: string; px: number; lineHeight: number; inside: boolean }[]
}

/** What the map draws inside its own box, measured on the screen. */
async function drawn(map: Locator): Promise<Drawn> {
  return map.locator('.react-flow').evaluate((flow) => {
    const scale = new DOMMatrixReadOnly(getComputedStyle(flow.querySelector('.react-flow__viewport')!).transform).a
    const pane = flow.getBoundingClientRect()
    const result: Drawn = { scale, nodes: [], texts: [] }
    for (const node of flow.querySelectorAll<HTMLElement>('.react-flow__node')) {
      const box = node.getBoundingClientRect()
      if (box.right < pane.left || box.left > pane.right || box.bottom < pane.top || box.top > pane.bottom) continue
      result.nodes.push({ left: box.left, top: box.top, right: box.right, bottom: box.bottom })
      const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT)
      for (let text = walker.nextNode(); text; text = walker.nextNode()) {
        const element = text.parentElement!
        if (!text.textContent?.trim() || element.getClientRects().length === 0) continue
        const range = document.createRange()
        range.selectNodeContents(text)
        const firstLine = range.getClientRects()[0]!
        const shown = element.getBoundingClientRect()
        result.texts.push({
          text: text.textContent.trim(),
          px: parseFloat(getComputedStyle(element).fontSize) * scale,
          lineHeight: firstLine.height,
          inside: shown.left >= box.left - 0.5 && shown.right <= box.right + 0.5 && shown.top >= box.top - 0.5 && shown.bottom <= box.bottom + 0.5,
        })
      }
    }
    return result
  })
}

/** Every item in view shows its name, every text is at least 12 px on the screen and stays in its item, and no item lies on another. */
function expectLegible({ nodes, texts }: Drawn, items: number): void {
  expect(nodes).toHaveLength(items)
  expect(texts.length).toBeGreaterThanOrEqual(items)
  for (const { text, px, lineHeight, inside } of texts) {
    expect(px, text).toBeGreaterThanOrEqual(12)
    expect(lineHeight, text).toBeGreaterThanOrEqual(12)
    expect(inside, text).toBe(true)
  }
  for (const [i, a] of nodes.entries()) for (const b of nodes.slice(i + 1)) expect(a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top).toBe(true)
}

test('fitted to many needs, every name on the map is at least 12 px on the screen: the projector at 1920×1080 and the console at 1366×768', async ({ app, page, context }) => {
  await importManyNeeds(app)
  await startSession(app, MANY_NEEDS, { people: [['Dana Reyes', 'West Side Peace Walkers (sample)']] })
  const map = page.getByRole('region', { name: 'Map' })
  await expect(map.locator('.react-flow__node')).toHaveCount(ITEMS)
  await mapSettled(map)
  const console_ = await drawn(map)
  // Fitted, the designed text would be far below 12 px: the simplified view is what is measured.
  expect(console_.scale * 12).toBeLessThan(12)
  expectLegible(console_, ITEMS)
  await map.screenshot({ path: `${SCREENSHOTS}map-console-1366.png` })

  const [presenter] = await Promise.all([context.waitForEvent('page'), page.getByRole('link', { name: 'Presenter view' }).click()])
  await presenter.setViewportSize({ width: 1920, height: 1080 })
  const projected = presenter.getByRole('main', { name: 'Presenter view' }).getByLabel('Map (read-only)').first()
  await expect(projected.locator('.react-flow__node')).toHaveCount(ITEMS)
  await mapSettled(projected)
  const fitted = await drawn(projected)
  expect(fitted.scale * 12).toBeLessThan(12)
  expectLegible(fitted, ITEMS)
  await presenter.screenshot({ path: `${SCREENSHOTS}map-presenter-1920.png` })

  // Arranged on the console, the items take another box: the projector fits them again, larger.
  await map.getByRole('button', { name: 'Arrange' }).click()
  await expect(page.getByRole('region', { name: 'Console' }).getByRole('button', { name: /^Undo arrange the map/ })).toBeVisible()
  await expect.poll(async () => (await drawn(projected)).scale).toBeGreaterThan(fitted.scale * 1.2)
  await mapSettled(projected)
  expectLegible(await drawn(projected), ITEMS)
  await presenter.screenshot({ path: `${SCREENSHOTS}map-presenter-1920-arranged.png` })
  await mapSettled(map)
  expectLegible(await drawn(map), ITEMS)
  await map.screenshot({ path: `${SCREENSHOTS}map-console-1366-arranged.png` })
})
