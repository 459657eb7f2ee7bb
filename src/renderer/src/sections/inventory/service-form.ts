// The add/edit form as text fields, and how they become a service draft — or field errors.
import { areaMatcher, type CommunityArea } from '../../../../shared/community-areas'
import { parseLanguage } from '../../../../shared/inventory/languages'
import { serviceDraftSchema, type Service, type ServiceDraft } from '../../../../shared/inventory/model'
import { parseResponseTime } from '../../../../shared/inventory/response-time'
import { formatSchedule, parseSchedule } from '../../../../shared/inventory/schedule'
import { translate, translateSaid } from '../../i18n/intl'
import { currentLanguage } from '../../i18n/language'
import { saidOfIssue } from '../../../../shared/i18n/zod-issues'
import { appToday } from '../../lib/clock'
import { languageWord } from './format'

export interface ServiceForm {
  organizationId: string
  name: string
  category: string
  description: string
  citywide: boolean
  areas: string
  capacityAmount: string
  capacityUnit: string
  capacityPeriod: 'day' | 'week' | 'month'
  currentLoad: string
  schedule: string
  languages: string
  minAge: string
  maxAge: string
  eligibility: string
  responseTime: string
  /** Hours to start, as typed; empty = unknown. */
  responseHours: string
  status: 'active' | 'paused' | 'ended'
  lastVerified: string
}

export type FormField = keyof ServiceForm
export type FieldErrors = Partial<Record<FormField, string>>

export function emptyForm(organizationId = ''): ServiceForm {
  return {
    organizationId,
    name: '',
    category: '',
    description: '',
    citywide: false,
    areas: '',
    capacityAmount: '',
    capacityUnit: '',
    capacityPeriod: 'week',
    currentLoad: '',
    schedule: formatSchedule({ kind: 'hours', slots: [0, 1, 2, 3, 4].map((day) => ({ day, opens: '09:00', closes: '17:00' })) }, currentLanguage()),
    languages: languageWord('en'),
    minAge: '',
    maxAge: '',
    eligibility: '',
    responseTime: '',
    responseHours: '',
    status: 'active',
    lastVerified: appToday(),
  }
}

export function formFromService(service: Service, areas: readonly CommunityArea[]): ServiceForm {
  const names = new Map(areas.map((a) => [a.number, a.name]))
  return {
    organizationId: service.organizationId,
    name: service.name,
    category: service.category,
    description: service.description,
    citywide: service.citywide,
    areas: service.areaNumbers.map((n) => names.get(n) ?? String(n)).join('; '),
    capacityAmount: service.capacity ? String(service.capacity.amount) : '',
    capacityUnit: service.capacity?.unit ?? '',
    capacityPeriod: service.capacity?.period ?? 'week',
    currentLoad: service.currentLoad === null ? '' : String(service.currentLoad),
    schedule: formatSchedule(service.schedule, currentLanguage()),
    languages: service.languages.map((code) => languageWord(code)).join('; '),
    minAge: service.minAge === null ? '' : String(service.minAge),
    maxAge: service.maxAge === null ? '' : String(service.maxAge),
    eligibility: service.eligibility,
    responseTime: service.responseTime,
    responseHours: service.responseHours === null ? '' : String(service.responseHours),
    status: service.status,
    lastVerified: service.lastVerified ?? '',
  }
}

const DRAFT_FIELD_TO_FORM: Partial<Record<string, FormField>> = {
  organizationId: 'organizationId',
  name: 'name',
  category: 'category',
  description: 'description',
  areaNumbers: 'areas',
  capacity: 'capacityAmount',
  currentLoad: 'currentLoad',
  schedule: 'schedule',
  languages: 'languages',
  minAge: 'minAge',
  maxAge: 'maxAge',
  eligibility: 'eligibility',
  responseTime: 'responseTime',
  responseHours: 'responseHours',
  status: 'status',
  lastVerified: 'lastVerified',
}

export function formFieldOf(draftPath: string): FormField | undefined {
  return DRAFT_FIELD_TO_FORM[draftPath.split('.')[0]!]
}

/** Reads the form into a draft the contract accepts, or says what is wrong with each field. */
export function readForm(
  form: ServiceForm,
  areas: readonly CommunityArea[],
  id?: string,
): { draft: ServiceDraft; errors: FieldErrors } | { draft: undefined; errors: FieldErrors } {
  const errors: FieldErrors = {}
  const split = (text: string) => text.split(/[;,]/).map((p) => p.trim()).filter((p) => p !== '')
  const optionalNumber = (field: FormField, text: string, integer = false): number | null => {
    if (text.trim() === '') return null
    const value = Number(text)
    if (!Number.isFinite(value) || value < 0 || (integer && !Number.isInteger(value))) {
      errors[field] = translate('inventory.error.number', { whole: integer ? 'yes' : 'no' })
      return null
    }
    return value
  }

  if (form.organizationId === '') errors.organizationId = translate('inventory.error.chooseOrganization')

  const matchArea = areaMatcher(areas)
  const areaNumbers: number[] = []
  if (!form.citywide) {
    for (const part of split(form.areas)) {
      const number = matchArea(part)
      if (number === undefined) errors.areas = translate('inventory.error.notArea', { text: part })
      else areaNumbers.push(number)
    }
  }

  const schedule = parseSchedule(form.schedule)
  if (!schedule.ok) errors.schedule = translate('inventory.error.hours', { reason: translateSaid(schedule.reason) })

  const languages: string[] = []
  for (const part of split(form.languages)) {
    const code = parseLanguage(part)
    if (!code) errors.languages = translate('inventory.error.notLanguage', { text: part })
    else if (!languages.includes(code)) languages.push(code)
  }
  if (languages.length === 0 && !errors.languages) errors.languages = translate('inventory.error.noLanguage')

  const capacityAmount = optionalNumber('capacityAmount', form.capacityAmount)
  if (capacityAmount !== null && form.capacityUnit.trim() === '') errors.capacityUnit = translate('inventory.error.capacityUnit')
  const candidate = {
    ...(id === undefined ? {} : { id }),
    organizationId: form.organizationId,
    name: form.name,
    category: form.category,
    description: form.description.trim(),
    areaNumbers,
    citywide: form.citywide,
    capacity: capacityAmount === null ? null : { amount: capacityAmount, unit: form.capacityUnit.trim(), period: form.capacityPeriod },
    currentLoad: optionalNumber('currentLoad', form.currentLoad),
    schedule: schedule.ok ? schedule.value : { kind: 'on-call' as const },
    languages,
    minAge: optionalNumber('minAge', form.minAge, true),
    maxAge: optionalNumber('maxAge', form.maxAge, true),
    eligibility: form.eligibility.trim(),
    responseTime: form.responseTime.trim(),
    responseHours: optionalNumber('responseHours', form.responseHours),
    status: form.status,
    lastVerified: form.lastVerified === '' ? null : form.lastVerified,
  }
  const parsed = serviceDraftSchema.safeParse(candidate)
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = formFieldOf(issue.path.map(String).join('.'))
      if (field && !errors[field]) errors[field] = translateSaid(saidOfIssue(issue))
    }
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { draft: undefined, errors }
  return { draft: parsed.data, errors }
}

/**
 * The response time's words changed: the hours follow them while they were empty or read from
 * the old words (a number the facilitator typed is kept).
 */
export function withResponseWords(form: ServiceForm, words: string): ServiceForm {
  const readBefore = parseResponseTime(form.responseTime)
  const followed = form.responseHours.trim() === '' || (readBefore !== null && Number(form.responseHours) === readBefore)
  if (!followed) return { ...form, responseTime: words }
  const read = parseResponseTime(words)
  return { ...form, responseTime: words, responseHours: read === null ? '' : String(read) }
}
