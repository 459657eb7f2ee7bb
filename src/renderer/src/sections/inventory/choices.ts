// Choices the inventory's forms and filters offer, as [value, what the facilitator reads].
import type { Choice } from '../../components/SelectField'
import type { Translate } from '../../i18n/use-t'

export const SERVICE_STATUSES = ['active', 'paused', 'ended'] as const
export const CAPACITY_PERIODS = ['day', 'week', 'month'] as const

export function serviceStatusChoices(t: Translate): Choice[] {
  return SERVICE_STATUSES.map((status) => [status, t('inventory.status', { status })])
}

export function capacityPeriodChoices(t: Translate): Choice[] {
  return CAPACITY_PERIODS.map((period) => [period, t('inventory.period', { period })])
}
