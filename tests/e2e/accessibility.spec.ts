// Every screen and dialog passes axe's WCAG 2.2 A/AA rules (no violation of any impact) in English
// and in Spanish, in the light and the dark scheme: one walk through the app per language and
// scheme, in the order a facilitator meets the screens. Scenario text keeps its own language.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Locator, Page } from '@playwright/test'
import type { Language, MessageKey } from '../../src/shared/i18n/catalog'
import { expectNoAxeViolations } from './axe'
import { escape, startOf, tabName, wordsOf, type Words } from './catalog-words'
import { test, expect } from './fixtures'
import { mapSettled, PARK_SHOOTING, PARK_VARIABLES } from './session-steps'

const BAD_ROWS = fileURLToPath(new URL('../fixtures/inventory/bad-rows.csv', import.meta.url))
const SPANISH_SCENARIO = 'Plan de verano en La Villita'

interface Walk {
  page: Page
  t: Words
  label: string
  scheme: 'light' | 'dark'
}

/** A modal dialog alone: the page behind it is inert, and was checked just before it opened. */
const DIALOG = { include: 'dialog[open]' }

async function check(walk: Walk, where: string, options: { exclude?: string[]; include?: string } = {}): Promise<void> {
  await expectNoAxeViolations(walk.page, `${walk.label} · ${where}`, { ...options, soft: true })
}

async function openSection(walk: Walk, key: MessageKey): Promise<void> {
  const { page, t } = walk
  await page.getByRole('navigation', { name: t('shell.sections') }).getByRole('link', { name: t(key) }).click()
  await expect(page.getByRole('heading', { name: t(key), level: 1 })).toBeVisible()
}

async function closeDialog(page: Page, dialog: Locator): Promise<void> {
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
}

async function inventory(walk: Walk): Promise<void> {
  const { page, t } = walk
  await expect(page.getByRole('table').getByRole('row').nth(2)).toBeVisible()
  await check(walk, 'inventory')
  await page.getByRole('button', { name: t('inventory.addService') }).click()
  const service = page.getByRole('dialog', { name: t('inventory.service.addTitle') })
  await expect(service).toBeVisible()
  await check(walk, 'add a service', DIALOG)
  await closeDialog(page, service)
  await page.getByRole('button', { name: t('inventory.addOrganization') }).click()
  const organization = page.getByRole('dialog', { name: t('inventory.organization.addTitle') })
  await expect(organization).toBeVisible()
  await check(walk, 'add an organization', DIALOG)
  await closeDialog(page, organization)
  // An existing service's editor: its delete and last-verified parts besides the add form's.
  const first = page.getByRole('table').getByRole('rowheader').first()
  const name = (await first.textContent())!.trim()
  await first.getByRole('button').click()
  const editor = page.getByRole('dialog', { name: t('inventory.editTitle', { name }) })
  await expect(editor).toBeVisible()
  await check(walk, 'edit a service', DIALOG)
  await closeDialog(page, editor)
  // An organization on its own (its card), and its editor with delete.
  const organizationName = 'Department of Public Health (sample)'
  await page.getByRole('combobox', { name: t('inventory.field.organization'), exact: true }).selectOption({ label: organizationName })
  const card = page.getByRole('region', { name: t('inventory.organization.region', { name: organizationName }) })
  await expect(card).toBeVisible()
  await check(walk, 'an organization with its services')
  await card.getByRole('button', { name: t('inventory.organization.edit') }).click()
  const organizationEditor = page.getByRole('dialog', { name: t('inventory.editTitle', { name: organizationName }) })
  await expect(organizationEditor).toBeVisible()
  await check(walk, 'edit an organization', DIALOG)
  await closeDialog(page, organizationEditor)
  await card.getByRole('button', { name: t('inventory.organization.showAll') }).click()
  await page.getByTestId('inventory-file-input').setInputFiles(BAD_ROWS)
  const preview = page.getByRole('dialog', { name: /bad-rows\.csv/ })
  await expect(preview.getByRole('heading', { level: 3 }).first()).toBeVisible({ timeout: 15_000 })
  await check(walk, 'import preview', DIALOG)
  await preview.getByRole('button', { name: t('common.cancel') }).click()
  await expect(preview).toHaveCount(0)
}

async function scenarios(walk: Walk, language: Language): Promise<void> {
  const { page, t } = walk
  await openSection(walk, 'shell.section.scenarios')
  await expect(page.getByRole('article').first()).toBeVisible()
  await check(walk, 'scenarios')
  // The scenario in the other language than the app's: its text says so, the toolbar does not.
  const other = language === 'es' ? PARK_SHOOTING : SPANISH_SCENARIO
  // A blank in a title shows as its label ("near The park near the scene").
  await page.getByRole('link', { name: new RegExp(escape(other).replace(/\\\[(.*?)\\\]/, '$1')) }).first().click()
  const view = page.locator('article.scenario-view')
  await expect(view).toHaveAttribute('lang', language === 'es' ? 'en' : 'es')
  await expect(view.locator('.view-toolbar')).toHaveAttribute('lang', language)
  await check(walk, 'scenario view')
  await page.getByRole('button', { name: t('scenario.view.manual') }).click()
  const manual = page.getByRole('dialog', { name: t('scenario.manual.title') })
  await expect(manual).toBeVisible()
  await check(walk, 'situation manual dialog', DIALOG)
  await closeDialog(page, manual)
  await page.getByRole('button', { name: t('scenario.view.edit') }).click()
  await expect(page.getByRole('tree').first()).toBeVisible()
  await check(walk, 'scenario editor')
  await page.getByRole('button', { name: t('common.cancel') }).first().click()
}

async function session(walk: Walk): Promise<void> {
  const { page, t } = walk
  await openSection(walk, 'shell.section.sessions')
  await expect(page.getByRole('row').nth(1)).toBeVisible()
  await check(walk, 'sessions')
  await page.getByRole('button', { name: t('newSession.title') }).click()
  const dialog = page.getByRole('dialog', { name: t('newSession.title') })
  await dialog.getByLabel(t('newSession.scenario')).selectOption({ label: PARK_SHOOTING })
  for (const [label, value] of Object.entries(PARK_VARIABLES)) await dialog.getByLabel(label).fill(value)
  await check(walk, 'new session dialog', DIALOG)
  await dialog.getByRole('button', { name: t('newSession.plan') }).click()
  // Planning: the sign-in sheet.
  const form = page.getByRole('form', { name: t('signIn.form') })
  await expect(form).toBeVisible()
  await check(walk, 'planning, sign-in sheet')
  await form.getByLabel(t('signIn.name')).fill('Dana Reyes')
  await form.getByLabel(t('signIn.organization'), { exact: true }).selectOption({ index: 2 })
  await form.getByRole('button', { name: t('signIn.submit') }).click()
  await expect(page.getByRole('row').filter({ hasText: 'Dana Reyes' }).first()).toBeVisible()
  await check(walk, 'sign-in sheet with a person')
  await page.getByRole('button', { name: t('session.start') }).click()
  const console_ = page.getByRole('region', { name: t('console.title') })
  await expect(console_).toBeVisible()
  // Running, with injects revealed: the scenario's English inside a Spanish console says so.
  await console_.getByRole('button', { name: startOf(t, 'console.injects.revealNext', { title: '\u0000' }) }).click()
  await console_.getByRole('button', { name: startOf(t, 'console.injects.revealNext', { title: '\u0000' }) }).click()
  await expect(console_.locator('#module-title')).toHaveAttribute('lang', 'en')
  await expect(console_.locator('.inject strong[lang="en"]')).toHaveCount(2)
  const capture = console_.getByLabel(t('console.capture.text'))
  await capture.fill('Outreach reached the family within the hour')
  await capture.press('Enter')
  await mapSettled(page.getByRole('region', { name: t('map.title') }))
  await check(walk, 'console running, map and gaps')
  for (const tab of ['console.tab.resources', 'console.tab.notes', 'console.tab.actions', 'console.tab.people'] as const) {
    await page.getByRole('tab', { name: tabName(t, tab) }).click()
    if (tab === 'console.tab.actions') {
      const panel = page.getByRole('tabpanel', { name: tabName(t, tab) })
      await panel.getByLabel(t('console.actionItems.what'), { exact: true }).fill('Write the phone tree for Saturday nights')
      await panel.getByLabel(t('console.actionItems.owner')).fill('Dana Reyes')
      await panel.getByRole('button', { name: t('console.actionItems.add') }).click()
      await expect(panel.getByRole('row').filter({ hasText: 'Write the phone tree' })).toBeVisible()
    }
    await check(walk, `console ${tab}`, { include: '[role="tabpanel"]' })
  }
  const presenter = await page.context().newPage()
  await presenter.goto(page.url().replace(/#.*$/, `#/present/${page.url().split('/').at(-1)}`))
  await expect(presenter.getByRole('main', { name: t('presenter.view') })).toBeVisible()
  await expect(presenter.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'en')
  await mapSettled(presenter.locator('body'))
  await expectNoAxeViolations(presenter, `${walk.label} · session presenter`, { soft: true })
  // The projector's high-contrast theme, chosen here and remembered: the town hall's presenter opens in it.
  await presenter.getByRole('checkbox', { name: t('presenter.projectorTheme') }).check()
  await expect(presenter.locator('html')).toHaveAttribute('data-theme', 'projector')
  await expectNoAxeViolations(presenter, `${walk.label} · session presenter, projector theme`, { soft: true })
  await presenter.close()
  await console_.getByRole('button', { name: t('session.finish') }).click()
  const finish = page.getByRole('dialog', { name: t('finish.title') })
  await check(walk, 'finish confirm dialog', DIALOG)
  await finish.getByRole('button', { name: t('finish.confirm') }).click()
  await page.getByRole('tab', { name: tabName(t, 'console.tab.evaluation') }).click()
  await check(walk, 'finished, evaluation')
  await page.getByRole('link', { name: t('console.report') }).click()
  await expect(page.frameLocator('iframe.report-preview').getByRole('heading', { level: 2 }).first()).toBeVisible()
  // The preview runs no script (its sandbox), so axe cannot enter it; the saved report is checked in report.spec.ts.
  await check(walk, 'report screen', { exclude: ['iframe.report-preview'] })
  // The session file opened again on the same laptop: it is already here, and the dialog asks.
  const [saved] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t('reportScreen.sessionFile'), exact: true }).click()])
  const file = (await saved.path())!
  await openSection(walk, 'shell.section.sessions')
  await page.getByTestId('session-file-input').setInputFiles({ name: saved.suggestedFilename(), mimeType: 'application/json', buffer: readFileSync(file) })
  const already = page.getByRole('dialog', { name: t('sessionFile.existsTitle') })
  await expect(already).toBeVisible()
  await check(walk, 'session file already here dialog', DIALOG)
  await closeDialog(page, already)
}

async function townHall(walk: Walk): Promise<void> {
  const { page, t } = walk
  await openSection(walk, 'shell.section.townHalls')
  // Checked once the list is there (the example town hall), not while it loads.
  await expect(page.getByRole('row').nth(1)).toBeVisible()
  await check(walk, 'town halls')
  await page.getByRole('button', { name: t('townHall.form.newTitle') }).click()
  await page.getByLabel(t('townHall.form.title')).fill('Austin safety town hall')
  await page.getByLabel(t('townHall.form.addArea')).selectOption({ label: 'Austin' })
  await check(walk, 'plan a town hall')
  await page.getByRole('button', { name: t('townHall.form.plan') }).click()
  await page.getByLabel(t('townHall.panel.name'), { exact: true }).fill('Cmdr. Ruiz')
  await page.getByRole('button', { name: t('townHall.panel.add') }).click()
  await check(walk, 'town hall, planned')
  // No place given yet: its facts leave it out rather than show a dash.
  await expect(page.getByText(/· Austin · /).first()).toBeVisible()
  expect(await page.locator('main').textContent()).not.toContain('· — ·')
  await page.getByRole('button', { name: t('townHall.start') }).click()
  const list = page.getByRole('listbox', { name: t('townHall.list.label') })
  await expect(list).toBeVisible()
  const box = page.getByLabel(t('townHall.capture.text'))
  await page.getByLabel(t('townHall.capture.theme'), { exact: true }).fill('Youth and jobs')
  for (const said of ['Kids need jobs this summer', 'When do summer job applications open?', '¿Hay consejería en español para las familias?']) {
    await box.fill(said)
    await box.press('Enter')
  }
  await check(walk, 'town hall workspace')
  await list.focus()
  await page.keyboard.press('Home')
  for (const [key, name] of [['t', 'theme'], ['a', 'answer'], ['f', 'follow-up']] as const) {
    await page.keyboard.press(key)
    await expect(page.getByRole('dialog')).toBeVisible()
    await check(walk, `town hall ${name} dialog`, DIALOG)
    await closeDialog(page, page.getByRole('dialog'))
    await list.focus()
  }
  // Two said alike, merged: the group's dialog.
  await page.keyboard.press('Space')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Space')
  await page.keyboard.press('m')
  await page.keyboard.press('Home')
  await page.keyboard.press('Enter')
  const group = page.getByRole('dialog', { name: t('townHall.dialog.groupTitle', { count: 2 }) })
  await expect(group).toBeVisible()
  await check(walk, 'merged wordings dialog', DIALOG)
  await closeDialog(page, group)
  const themes = page.getByRole('tabpanel', { name: t('townHall.side.themes') })
  await themes.getByRole('button', { name: t('townHall.side.resourcesOf', { theme: 'Youth and jobs' }) }).click()
  await expect(page.getByRole('dialog', { name: t('townHall.resources.title', { theme: 'Youth and jobs' }) })).toBeVisible()
  await check(walk, 'theme resources dialog', DIALOG)
  await closeDialog(page, page.getByRole('dialog'))
  const presenter = await page.context().newPage()
  await presenter.goto(page.url().replace(/#.*$/, `#/present-town-hall/${page.url().split('/').at(-1)}`))
  await expect(presenter.getByRole('heading').first()).toBeVisible()
  await expect(presenter.locator('html')).toHaveAttribute('data-theme', 'projector')
  // Nothing on screen yet: the queue is counted as waiting, not as "more".
  await expect(presenter.locator('.th-presenter-next')).toHaveText(t('townHall.presenter.next', { count: 1, answering: 'no' }))
  await expectNoAxeViolations(presenter, `${walk.label} · town hall presenter, projector theme`, { soft: true })
  await presenter.getByRole('checkbox', { name: t('presenter.projectorTheme') }).uncheck()
  await expect(presenter.locator('html')).toHaveAttribute('data-theme', walk.scheme)
  await expectNoAxeViolations(presenter, `${walk.label} · town hall presenter`, { soft: true })
  await presenter.close()
  await page.getByRole('button', { name: t('townHall.report'), exact: true }).click()
  await expect(page.getByRole('heading', { name: t('townHallReport.screen.title'), level: 1 })).toBeVisible()
  await expect(page.frameLocator('iframe.report-preview').getByRole('heading', { level: 2 }).first()).toBeVisible()
  await check(walk, 'town-hall report screen', { exclude: ['iframe.report-preview'] })
}

async function areasAndSettings(walk: Walk): Promise<void> {
  const { page, t } = walk
  await openSection(walk, 'shell.section.areas')
  await expect(page.getByRole('table').getByRole('row').nth(2)).toBeVisible()
  await check(walk, 'community areas')
  await openSection(walk, 'shell.section.settings')
  await page.getByRole('button', { name: t('settings.backups.backUpNow') }).click()
  const restore = page.getByRole('table').getByRole('row').nth(1).getByRole('button').first()
  await expect(restore).toBeVisible()
  await check(walk, 'settings and backups')
  await restore.click()
  const dialog = page.getByRole('dialog', { name: t('settings.backups.previewTitle') })
  await expect(dialog).toBeVisible()
  await check(walk, 'restore dialog', DIALOG)
  await closeDialog(page, dialog)
}

for (const language of ['en', 'es'] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    test.describe(`${language}, ${scheme}`, () => {
      test.use({ locale: language === 'es' ? 'es-US' : 'en-US', colorScheme: scheme })
      test(`every screen and dialog passes axe's WCAG 2.2 AA rules (${language}, ${scheme})`, async ({ app: page }) => {
        test.setTimeout(240_000)
        const t = wordsOf(language)
        const walk: Walk = { page, t, label: `${language}/${scheme}`, scheme }
        expect(await page.evaluate(() => window.matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark')
        await expect(page.locator('html')).toHaveAttribute('lang', language)
        await expect(page.locator('html')).toHaveAttribute('data-theme', scheme)
        await inventory(walk)
        await scenarios(walk, language)
        await session(walk)
        await townHall(walk)
        await areasAndSettings(walk)
      })
    })
  }
}
