// One need in the editor: what the community will need, of which category, where, when, how much and how urgently.
import type { Category } from '../../../../../shared/inventory/taxonomy'
import type { ScenarioModule } from '../../../../../shared/scenario/schema'
import { CategoryOptions } from '../../../components/Options'
import { SelectField } from '../../../components/SelectField'
import { TextField } from '../../../components/TextField'
import { useT } from '../../../i18n/use-t'
import { useScenarioLabels } from '../labels'
import type { ErrorAt } from './draft'
import { useReadsAs } from './reads-as'

type Need = ScenarioModule['needs'][number]

interface Props {
  need: Need
  /** The need's path in the scenario, such as `modules[0].needs[1]`. */
  at: string
  error: ErrorAt
  categories: readonly Category[]
  update: (recipe: (need: Need) => void) => void
}

const optional = (text: string) => (text.trim() === '' ? undefined : text)

export function NeedFields({ need, at, error, categories, update }: Props) {
  const t = useT()
  const labels = useScenarioLabels()
  const readsAs = useReadsAs()
  // Chosen from the list by its label: a missing or unknown category asks for a choice, not for an id.
  const categoryError = error(`${at}.category`) !== undefined || (need.category !== '' && categories.length > 0 && !categories.some((c) => c.id === need.category)) ? t('editor.need.chooseCategory') : undefined
  return (
    <div className="form-grid">
      <TextField wide label={t('editor.field.needText')} hint={readsAs(need.description)} value={need.description} error={error(`${at}.description`)} onChange={(v) => update((n) => void (n.description = v))} />
      <SelectField label={t('editor.field.category')} value={need.category} placeholder={t('editor.field.choose')} error={categoryError} onChange={(v) => update((n) => void (n.category = v))}>
        <CategoryOptions categories={categories} />
      </SelectField>
      <TextField label={t('editor.field.area')} value={String(need.communityArea)} error={error(`${at}.communityArea`)} onChange={(v) => update((n) => void (n.communityArea = /^\d+$/.test(v.trim()) ? Number(v) : v))} />
      <TextField label={t('editor.field.place')} value={need.place ?? ''} onChange={(v) => update((n) => void (n.place = v))} />
      <TextField label={t('editor.need.when')} hint={t('editor.need.whenHint')} value={need.when ?? ''} error={error(`${at}.when`)} onChange={(v) => update((n) => void (n.when = optional(v)))} />
      <TextField label={t('editor.need.deadline')} hint={t('editor.need.deadlineHint')} value={need.deadline ?? ''} error={error(`${at}.deadline`)} onChange={(v) => update((n) => void (n.deadline = optional(v)))} />
      <TextField label={t('editor.field.forHowLong')} value={need.duration ?? ''} onChange={(v) => update((n) => void (n.duration = v))} />
      <TextField
        label={t('editor.need.languages')}
        hint={t('editor.need.languagesHint')}
        value={(need.languages ?? []).join(',')}
        error={languagesError(error, `${at}.languages`, need.languages?.length ?? 0)}
        // Split at commas only, keeping spaces as typed: the field reads back exactly what was typed.
        onChange={(v) => update((n) => void (n.languages = v.trim() === '' ? undefined : v.split(',')))}
      />
      <TextField
        label={t('editor.field.howMuch')}
        value={need.amount ? String(need.amount.value) : ''}
        error={error(`${at}.amount.value`) ?? error(`${at}.amount`)}
        onChange={(v) => update((n) => void (n.amount = v.trim() === '' ? undefined : { value: Number(v), unit: n.amount?.unit ?? 'people' }))}
      />
      <TextField label={t('editor.field.countedIn')} value={need.amount?.unit ?? ''} error={error(`${at}.amount.unit`)} onChange={(v) => update((n) => void (n.amount = { value: n.amount?.value ?? 1, unit: v }))} />
      <SelectField label={t('editor.field.urgency')} value={need.urgency} options={Object.entries(labels.urgency)} onChange={(v) => update((n) => void (n.urgency = v as never))} />
    </div>
  )
}

/** The first language the schema refused, or the list's own error. */
function languagesError(error: ErrorAt, at: string, count: number): string | undefined {
  for (let i = 0; i < count; i++) {
    const message = error(`${at}[${i}]`)
    if (message) return message
  }
  return error(at)
}
