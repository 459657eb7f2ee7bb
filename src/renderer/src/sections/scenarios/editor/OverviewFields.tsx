// The scenario's overview in the editor: what it is, where, for whom, how long, and when its story begins.
import { useState } from 'react'
import type { Scenario } from '../../../../../shared/scenario/schema'
import { SelectField } from '../../../components/SelectField'
import { TextField } from '../../../components/TextField'
import { useT } from '../../../i18n/use-t'
import { LANGUAGE_LABELS } from '../../../i18n/language-labels'
import { useScenarioLabels } from '../labels'
import type { ErrorAt, UpdateDraft } from './draft'
import { useReadsAs } from './reads-as'

interface Props {
  draft: Scenario
  error: ErrorAt
  /** Every complaint's path, to find those about the list of areas. */
  errorPaths: readonly string[]
  update: UpdateDraft
}

export function OverviewFields({ draft, error, errorPaths, update }: Props) {
  const t = useT()
  const labels = useScenarioLabels()
  const readsAs = useReadsAs()
  const o = draft.overview
  // The areas as typed, so “Englewood; ” keeps its separator while the draft holds the parsed list.
  const [areasText, setAreasText] = useState(o.communityAreas.join('; '))
  const areasPath = errorPaths.find((path) => path.startsWith('overview.communityAreas'))
  return (
    <div className="form-grid">
      <TextField wide label={t('editor.field.title')} hint={readsAs(o.title)} value={o.title} error={error('overview.title')} onChange={(v) => update((d) => void (d.overview.title = v))} />
      <TextField wide multiline rows={3} label={t('editor.field.summary')} hint={readsAs(o.summary)} value={o.summary} error={error('overview.summary')} onChange={(v) => update((d) => void (d.overview.summary = v))} />
      <SelectField label={t('editor.field.type')} value={o.type} options={Object.entries(labels.type)} onChange={(v) => update((d) => void (d.overview.type = v as Scenario['overview']['type']))} />
      <SelectField label={t('editor.field.language')} value={o.language} options={Object.entries(LANGUAGE_LABELS)} onChange={(v) => update((d) => void (d.overview.language = v as Scenario['overview']['language']))} />
      <TextField label={t('editor.field.duration')} value={o.duration ?? ''} error={error('overview.duration')} onChange={(v) => update((d) => void (d.overview.duration = v))} />
      <TextField
        label={t('editor.storyStart')}
        hint={t('editor.storyTimeHint')}
        value={o.storyStart ?? ''}
        error={error('overview.storyStart')}
        onChange={(v) => update((d) => void (d.overview.storyStart = v.trim() === '' ? undefined : v))}
      />
      <TextField
        wide
        label={t('editor.field.areas')}
        hint={t('editor.field.areasHint')}
        value={areasText}
        error={areasPath && error(areasPath)}
        onChange={(v) => {
          setAreasText(v)
          update((d) => void (d.overview.communityAreas = v.split(';').map((p) => p.trim()).filter(Boolean).map((p) => (/^\d+$/.test(p) ? Number(p) : p))))
        }}
      />
      <TextField wide label={t('editor.field.place')} value={o.place ?? ''} error={error('overview.place')} onChange={(v) => update((d) => void (d.overview.place = v))} />
    </div>
  )
}
