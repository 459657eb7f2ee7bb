// The overview's lists in the editor: its objectives, who is at the table, and the variables filled in for each run.
import type { Scenario } from '../../../../../shared/scenario/schema'
import { nextId } from '../../../../../shared/scenario/outline'
import { useIntl } from 'react-intl'
import type { Language } from '../../../../../shared/i18n/catalog'
import { kindLabelIn } from '../../../../../shared/i18n/taxonomy-words'
import { ListEditor } from '../../../components/ListEditor'
import { KindOptions } from '../../../components/Options'
import { SelectField } from '../../../components/SelectField'
import { TextField } from '../../../components/TextField'
import { useT } from '../../../i18n/use-t'
import { useScenarioLabels } from '../labels'
import { draftList, type ErrorAt, type UpdateDraft } from './draft'

interface Props {
  draft: Scenario
  error: ErrorAt
  update: UpdateDraft
}

export function ObjectivesFields({ draft, error, update }: Props) {
  const t = useT()
  return (
    <ListEditor
      title={t('editor.outline.objectives', { count: draft.overview.objectives.length })}
      items={draft.overview.objectives}
      itemName={(_, i) => t('editor.field.objective', { number: i + 1 })}
      {...draftList(update, (d) => d.overview.objectives, (_, objectives) => ({ id: nextId('o', objectives.map((x) => x.id)), text: '' }))}
      addLabel={t('editor.add.objective')}
      render={(objective, i) => (
        <TextField
          wide
          label={t('editor.field.objective', { number: i + 1 })}
          value={objective.text}
          error={error(`overview.objectives[${i}].text`)}
          onChange={(v) => update((d) => void (d.overview.objectives[i]!.text = v))}
        />
      )}
    />
  )
}

export function ParticipantsFields({ draft, update }: Omit<Props, 'error'>) {
  const t = useT()
  const labels = useScenarioLabels()
  const language = useIntl().locale as Language
  return (
    <ListEditor
      title={t('editor.outline.participants', { count: draft.overview.participants.length })}
      items={draft.overview.participants}
      itemName={(p, i) => t('editor.field.participant', { number: i + 1, kind: kindLabelIn(language, p.kind) })}
      {...draftList(update, (d) => d.overview.participants, () => ({ kind: 'other', role: 'participant' }))}
      addLabel={t('editor.add.participant')}
      render={(participant, i) => (
        <div className="form-grid">
          <SelectField label={t('editor.field.kind')} value={participant.kind} onChange={(v) => update((d) => void (d.overview.participants[i]!.kind = v as never))}>
            <KindOptions />
          </SelectField>
          <SelectField label={t('editor.field.role')} value={participant.role} options={Object.entries(labels.role)} onChange={(v) => update((d) => void (d.overview.participants[i]!.role = v as never))} />
          <TextField wide label={t('editor.field.note')} value={participant.note ?? ''} onChange={(v) => update((d) => void (d.overview.participants[i]!.note = v))} />
        </div>
      )}
    />
  )
}

export function VariablesFields({ draft, error, update }: Props) {
  const t = useT()
  return (
    <ListEditor
      title={t('editor.outline.variables', { count: draft.variables.length })}
      items={draft.variables}
      itemName={(v, i) => v.label || t('editor.field.variable', { number: i + 1 })}
      {...draftList(update, (d) => d.variables, (_, variables) => ({ name: nextId('place', variables.map((v) => v.name)), label: '' }))}
      addLabel={t('editor.add.variable')}
      render={(variable, i) => (
        <div className="form-grid">
          <TextField
            label={t('editor.field.variableName', { example: '${name}' })}
            value={variable.name}
            error={error(`variables[${i}].name`)}
            onChange={(v) => update((d) => void (d.variables[i]!.name = v))}
          />
          <TextField label={t('editor.field.variableLabel')} value={variable.label} error={error(`variables[${i}].label`)} onChange={(v) => update((d) => void (d.variables[i]!.label = v))} />
          <TextField label={t('editor.field.variableExample')} value={variable.example ?? ''} onChange={(v) => update((d) => void (d.variables[i]!.example = v))} />
        </div>
      )}
    />
  )
}
