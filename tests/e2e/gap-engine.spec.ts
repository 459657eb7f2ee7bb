// What the room means, on the map: the story clock in the console, a deadline against a repair
// service's days, languages one by one, a resource of another kind that counts only when the room
// says so, and suggestions that say what they close and what they leave.
import { test, expect } from './fixtures'
import { addResourceFromPanel, linkWithForm, sidePanel, startSession } from './session-steps'

const SCHOOL = 'A fight at school dismissal, and a video that spreads'
const LIGHT = 'Repair the street light that is out on the walking route, before dismissal on Monday'
const COUNSELING = 'Counseling at home for the boy who was beaten and his family'

test('a 48-hour need against a 5-day repair shows the deadline; a second language closes a language gap; another kind counts when the room says so', async ({ app, page }) => {
  await startSession(app, SCHOOL, { variables: { 'The school': 'Collins Academy', 'The street with the bus stop': 'Ogden Avenue' } })
  const console_ = page.getByRole('region', { name: 'Console' })
  // The story clock: when the module happens in the story, beside the exercise's own clock.
  await expect(console_.locator('.console-module .eyebrow')).toContainText('Thursday 15:10')
  await console_.getByRole('button', { name: 'Next module' }).click()
  await console_.getByRole('button', { name: 'Next module' }).click()
  await expect(console_.locator('.console-module .eyebrow')).toContainText('Friday 14:00')

  const gaps = page.getByRole('region', { name: /^Gaps \(/ })
  // The city's repair crews take 5 days; the route must be lit within 48 hours.
  await addResourceFromPanel(page, 'street light repair', 'Street light repair')
  await linkWithForm(page, 'Resource: Street light repair', `Need: ${LIGHT}`)
  await sidePanel(page, 'Gaps')
  const lightGap = gaps.getByRole('listitem').filter({ hasText: LIGHT }).first()
  await expect(lightGap).toContainText('Cannot start within 48 hours: Street light repair takes 5 days.')

  // Counseling in English and Spanish, within 48 hours: an English-only service three weeks out.
  await addResourceFromPanel(page, 'trauma-informed counseling', 'Trauma-informed counseling \\(Lawndale')
  await linkWithForm(page, 'Resource: Trauma-informed counseling', `Need: ${COUNSELING}`)
  await sidePanel(page, 'Gaps')
  const counselingGap = gaps.getByRole('listitem').filter({ hasText: COUNSELING }).first()
  await expect(counselingGap).toContainText('Nobody linked serves it in Spanish.')
  await expect(counselingGap).toContainText('Cannot start within 48 hours: Trauma-informed counseling takes 3 weeks.')

  // A citywide information line of another kind is linked too: it does not count until the room says so.
  await addResourceFromPanel(page, '211', '211 information and referral')
  await linkWithForm(page, 'Resource: 211 information and referral', `Need: ${COUNSELING}`)
  await sidePanel(page, 'Gaps')
  await expect(counselingGap).toContainText('211 information and referral is not Trauma-informed counseling: does it count for this need?')
  await expect(counselingGap).toContainText('Nobody linked serves it in Spanish.')

  // Each resource added went where there was room: no item lies on another.
  const boxes = await page.getByRole('region', { name: 'Map' }).locator('.react-flow__node').evaluateAll((nodes) => nodes.map((n) => n.getBoundingClientRect().toJSON() as DOMRect))
  for (const [i, a] of boxes.entries()) for (const b of boxes.slice(i + 1)) expect(a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top).toBe(true)

  // Suggestions say what each closes and what it leaves, and list those left out with why.
  await counselingGap.getByRole('button', { name: 'Suggest resources' }).click()
  const suggested = counselingGap.getByRole('list', { name: 'Suggested resources' }).getByRole('listitem').filter({ hasText: 'Trauma-informed counseling referrals' })
  await expect(suggested).toContainText('Closes: starts in time and speaks a language it needs')
  await expect(suggested).toContainText('Still open:')
  await counselingGap.getByText(/^Left out \(/).click()
  await expect(counselingGap.locator('.left-out')).toContainText('Promotoras de salud mental')
  await expect(counselingGap.locator('.left-out')).toContainText('does not serve this area')

  // The second, bilingual service, added and linked in one step: Spanish and the deadline are met.
  await suggested.getByRole('button', { name: 'Add and link Trauma-informed counseling referrals' }).click()
  await expect(counselingGap).not.toContainText('Nobody linked serves it in Spanish.')
  await expect(counselingGap).not.toContainText('Cannot start within 48 hours')

  // The room agrees the information line can count: the question goes.
  await counselingGap.getByRole('button', { name: 'It counts: 211 information and referral' }).click()
  await expect(counselingGap).not.toContainText('does it count for this need?')
  // The link says so, and can take it back; one step of Undo gives it again.
  await page.getByRole('region', { name: 'Map' }).getByRole('group', { name: `211 information and referral covers ${COUNSELING}` }).focus()
  await page.keyboard.press('Enter')
  const counts = page.getByRole('region', { name: 'Selected link' }).getByLabel('Counts for the need, though it is another kind of service')
  await expect(counts).toBeChecked()
  await counts.uncheck()
  await expect(counts).not.toBeChecked()
  await sidePanel(page, 'Gaps')
  await expect(counselingGap).toContainText('211 information and referral is not Trauma-informed counseling: does it count for this need?')
  await console_.getByRole('button', { name: /^Undo stop counting a link/ }).click()
  await expect(counselingGap).not.toContainText('does it count for this need?')
})
