// One accessibility check for every screen and dialog: axe-core's WCAG 2.2 A/AA rules, with no
// violation of any impact allowed, and the page's language set so a screen reader speaks it right.
import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'
import { join } from 'node:path'

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA: what a public agency's procurement asks of us. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

interface Options {
  /** CSS selectors axe skips, each with the reason in a comment where it is passed. */
  exclude?: string[]
  /** Checks only inside this selector (a dialog, a panel). */
  include?: string
  /** Keeps walking after a failure and reports every screen's at the end (the walk in accessibility.spec.ts). */
  soft?: boolean
}

/** Runs axe on what the page shows now and fails with a readable list: rule, what it asks, where. */
export async function expectNoAxeViolations(page: Page, label: string, { exclude = [], include, soft = false }: Options = {}): Promise<void> {
  // SCREENSHOTS_DIR=folder: the walk also leaves a picture of every screen it checks, to be looked at.
  if (process.env.SCREENSHOTS_DIR) await page.screenshot({ path: join(process.env.SCREENSHOTS_DIR, `${label.replace(/[^\w-]+/g, '_')}.png`) })
  const lang = await page.evaluate(() => document.documentElement.lang)
  const check = soft ? expect.soft : expect
  check(lang, `${label}: <html lang> is set`).toMatch(/^[a-z]{2}(-[A-Z]{2})?$/)
  // Legacy mode runs axe in the page itself: the default opens a blank page per check to merge
  // frames' results, a second or more each time; our one frame, the report's preview, runs no script.
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode(true)
  if (include) builder = builder.include(include)
  for (const selector of exclude) builder = builder.exclude(selector)
  const { violations } = await builder.analyze()
  const found = violations.flatMap((v) =>
    v.nodes.map((node) => `${v.id} (${v.impact ?? 'no impact'}): ${v.help} — ${node.target.join(' ')}${node.failureSummary ? `\n    ${node.failureSummary.replace(/\n/g, '\n    ')}` : ''}`),
  )
  check(found, `${label}: axe found ${found.length} violation(s)`).toEqual([])
}
