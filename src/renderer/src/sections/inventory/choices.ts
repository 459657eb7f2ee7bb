// Choices the inventory's forms and filters offer, as [value, what the facilitator reads].
import type { Choice } from '../../components/SelectField'

export const SERVICE_STATUS_CHOICES: readonly Choice[] = [
  ['active', 'Active'],
  ['paused', 'Paused'],
  ['ended', 'Ended'],
]

export const CAPACITY_PERIOD_CHOICES: readonly Choice[] = [
  ['day', 'day'],
  ['week', 'week'],
  ['month', 'month'],
]
