// The scenario's overview in the editor: what it is, where, for whom, its objectives, who is at the table and its variables.
import { useState } from 'react'
import type { Scenario } from '../../../../../shared/scenario/schema'
import { ListEditor } from '../../../components/ListEditor'
import { KindOptions } from '../../../components/Options'
import { SelectField } from '../../../components/SelectField'
import { TextField } from '../../../components/TextField'
import { useT } from '../../../i18n/use-t'
import { LANGUAGE_LABELS, ROLE_LABELS, TYPE_LABELS } from '../labels'
import { draftList, nextId, type UpdateDraft } from './draft'

interface Props {
  draft: Scenario
  /** Every complaint of the format, by path. */
  errors: ReadonlyMap<string, string>
  update: UpdateDraft
}

export function OverviewFields({ draft, errors, update }: Props) {
  const t = useT()
  const o = draft.overview
  // The areas as typed, so “Englewood; ” keeps its separator while the draft holds the parsed list.
  const [areasText, setAreasText] = useState(o.communityAreas.join('; '))
  const error = (path: string) => errors.get(path)
  return (
    <fieldset className="editor-block">
      <legend>Overview</legend>
      <div className="form-grid">
        <TextField wide label="Title" value={o.title} error={error('overview.title')} onChange={(v) => update((d) => void (d.overview.title = v))} />
        <TextField wide multiline label="Summary" value={o.summary} error={error('overview.summary')} onChange={(v) => update((d) => void (d.overview.summary = v))} />
        <SelectField label="Type" value={o.type} options={Object.entries(TYPE_LABELS)} onChange={(v) => update((d) => void (d.overview.type = v as Scenario['overview']['type']))} />
        <SelectField label="Language" value={o.language} options={Object.entries(LANGUAGE_LABELS)} onChange={(v) => update((d) => void (d.overview.language = v as Scenario['overview']['language']))} />
        <TextField label="Duration" value={o.duration ?? ''} error={error('overview.duration')} onChange={(v) => update((d) => void (d.overview.duration = v))} />
        <TextField
          label={t('editor.storyStart')}
          hint={t('editor.storyTimeHint')}
          value={o.storyStart ?? ''}
          error={error('overview.storyStart')}
          onChange={(v) => update((d) => void (d.overview.storyStart = v.trim() === '' ? undefined : v))}
        />
        <TextField
          wide
          label="Community areas"
          hint="Names or numbers separated by ; — e.g. Englewood; West Englewood"
          value={areasText}
          error={[...errors.entries()].find(([path]) => path.startsWith('overview.communityAreas'))?.[1]}
          onChange={(v) => {
            setAreasText(v)
            update((d) => void (d.overview.communityAreas = v.split(';').map((p) => p.trim()).filter(Boolean).map((p) => (/^\d+$/.test(p) ? Number(p) : p))))
          }}
        />
        <TextField wide label="Place" value={o.place ?? ''} error={error('overview.place')} onChange={(v) => update((d) => void (d.overview.place = v))} />
      </div>
      <ListEditor
        title="Objectives"
        items={o.objectives}
        itemName={(_, i) => `Objective ${i + 1}`}
        {...draftList(update, (d) => d.overview.objectives, (_, objectives) => ({ id: nextId('o', objectives.map((x) => x.id)), text: '' }))}
        addLabel="Add an objective"
        render={(objective, i) => (
          <TextField wide label={`Objective ${i + 1}`} value={objective.text} error={error(`overview.objectives[${i}].text`)} onChange={(v) => update((d) => void (d.overview.objectives[i]!.text = v))} />
        )}
      />
      <ListEditor
        title="At the table"
        items={o.participants}
        itemName={(p, i) => `Participant ${i + 1} (${p.kind})`}
        {...draftList(update, (d) => d.overview.participants, () => ({ kind: 'other', role: 'participant' }))}
        addLabel="Add a participant"
        render={(participant, i) => (
          <div className="form-grid">
            <SelectField label="Kind of organization" value={participant.kind} onChange={(v) => update((d) => void (d.overview.participants[i]!.kind = v as never))}>
              <KindOptions />
            </SelectField>
            <SelectField label="Role" value={participant.role} options={Object.entries(ROLE_LABELS)} onChange={(v) => update((d) => void (d.overview.participants[i]!.role = v as never))} />
            <TextField label="Note" value={participant.note ?? ''} onChange={(v) => update((d) => void (d.overview.participants[i]!.note = v))} />
          </div>
        )}
      />
      <ListEditor
        title="Variables filled in for each run"
        items={draft.variables}
        itemName={(v, i) => (v.name ? '${' + v.name + '}' : `Variable ${i + 1}`)}
        {...draftList(update, (d) => d.variables, (_, variables) => ({ name: nextId('place', variables.map((v) => v.name)), label: '' }))}
        addLabel="Add a variable"
        render={(variable, i) => (
          <div className="form-grid">
            <TextField label="Name (used as ${name} in the text)" value={variable.name} error={error(`variables[${i}].name`)} onChange={(v) => update((d) => void (d.variables[i]!.name = v))} />
            <TextField label="What to fill in" value={variable.label} error={error(`variables[${i}].label`)} onChange={(v) => update((d) => void (d.variables[i]!.label = v))} />
            <TextField label="Example" value={variable.example ?? ''} onChange={(v) => update((d) => void (d.variables[i]!.example = v))} />
          </div>
        )}
      />
    </fieldset>
  )
}
