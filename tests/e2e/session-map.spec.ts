import { test, expect } from './fixtures'

test('maps the room: a gap appears for a need, narrows when a resource covers it, and closes its lead reason when an organization leads it', async ({ app, page }) => {
  await app.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Sessions' }).click()
  await page.getByRole('button', { name: 'New session' }).click()
  const dialog = page.getByRole('dialog', { name: 'New session' })
  await dialog.getByLabel('Scenario').selectOption({ label: 'Saturday night shooting near ${park}' })
  await dialog.getByRole('button', { name: 'Plan the session' }).click()
  const form = page.getByRole('form', { name: 'Sign someone in' })
  await form.getByLabel('Name').fill('Dana Reyes')
  await form.getByLabel('Organization', { exact: true }).selectOption({ label: 'West Side Peace Walkers (sample)' })
  await form.getByRole('button', { name: 'Sign in' }).click()
  await page.getByRole('button', { name: 'Start' }).click()

  const map = page.getByRole('region', { name: 'Map and gaps' })
  const gaps = map.getByRole('region', { name: /^Gaps/ })
  await expect(gaps.getByRole('heading')).toHaveText('Gaps (4 of 4 needs)')
  const outreachGap = gaps.getByRole('listitem').filter({ hasText: 'Outreach workers at the scene and at the hospital' }).first()
  await expect(outreachGap).toContainText('No resource is linked to this need.')
  await expect(outreachGap).toContainText('No organization leads it.')
  await expect(map.locator('.react-flow__node')).toHaveCount(5)

  await map.getByLabel('Search resources in this area').fill('night street outreach')
  await map.getByRole('button', { name: /^Add Night street outreach/ }).click()
  await expect(map.locator('.react-flow__node')).toHaveCount(6)

  const link = map.getByRole('form', { name: 'Link two items' })
  await link.getByLabel('From').selectOption({ label: 'Resource: Night street outreach' })
  await link.getByLabel('To').selectOption({ label: 'Need: Outreach workers at the scene and at the hospital, talking with the victims\' friends through the night' })
  await expect(link.getByText('This link: covers.')).toBeVisible()
  await link.getByRole('button', { name: 'Link' }).click()
  await expect(outreachGap).not.toContainText('No resource is linked')
  await expect(outreachGap).toContainText('Not available at that time: Mon 00:00-04:00; Sun 03:00-04:00; Sun 22:00-24:00.')
  await expect(outreachGap).toContainText('Capacity not comparable: the need is counted in workers, the resources in contacts.')

  await link.getByLabel('From').selectOption({ label: 'Organization: West Side Peace Walkers (sample)' })
  await link.getByLabel('To').selectOption({ label: 'Need: Outreach workers at the scene and at the hospital, talking with the victims\' friends through the night' })
  await link.getByRole('button', { name: 'Link' }).click()
  await expect(outreachGap).not.toContainText('No organization leads it.')

  // Suggestions from the inventory: add one to the map and link it in one step.
  const mediationGap = gaps.getByRole('listitem').filter({ hasText: 'Retaliation mediation between the two groups' }).first()
  await mediationGap.getByRole('button', { name: 'Suggest resources' }).click()
  const suggestion = mediationGap.getByRole('list', { name: 'Suggested resources' }).getByRole('listitem').filter({ hasText: 'West Side Peace Walkers (sample)' })
  await expect(suggestion).toContainText('gives it a resource')
  await suggestion.getByRole('button', { name: 'Add and link' }).click()
  await expect(mediationGap).toContainText('Capacity is short by 2 cases.')
  await page.getByRole('region', { name: 'Console' }).getByRole('button', { name: /^Undo add and link/ }).click()
  await expect(mediationGap).toContainText('No resource is linked to this need.')

  // Undo takes the lead back; the map and the gaps follow. A reload keeps what is saved.
  await page.getByRole('region', { name: 'Console' }).getByRole('button', { name: /^Undo link leads/ }).click()
  await expect(outreachGap).toContainText('No organization leads it.')
  await page.reload()
  const after = page.getByRole('region', { name: 'Map and gaps' })
  await expect(after.locator('.react-flow__edge')).toHaveCount(1)
  await expect(after.getByRole('listitem').filter({ hasText: 'Outreach workers at the scene and at the hospital' }).first()).toContainText('Not available at that time')
})
