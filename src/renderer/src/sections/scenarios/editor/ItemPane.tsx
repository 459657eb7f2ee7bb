// The form beside the outline: the selected item's fields under its name, with the buttons that
// move or remove it and add to its module.
import { ArrowDown, ArrowUp, Plus, Trash2 } from 'lucide-react'
import { forwardRef } from 'react'
import type { Category } from '../../../../../shared/inventory/taxonomy'
import { canMove, type ModulePart, type OutlineRef } from '../../../../../shared/scenario/outline'
import type { Scenario } from '../../../../../shared/scenario/schema'
import { useT } from '../../../i18n/use-t'
import type { ErrorAt, UpdateDraft } from './draft'
import { InjectFields } from './InjectFields'
import { ModuleFields } from './ModuleFields'
import { NeedFields } from './NeedFields'
import { ObjectivesFields, ParticipantsFields, VariablesFields } from './OverviewLists'
import { OverviewFields } from './OverviewFields'
import { QuestionFields } from './QuestionFields'

interface Props {
  draft: Scenario
  selected: OutlineRef
  /** The item's name as the outline shows it ("Module 2", "Need 1.3"). */
  name: string
  error: ErrorAt
  errorPaths: readonly string[]
  update: UpdateDraft
  categories: readonly Category[]
  onMove: (delta: -1 | 1) => void
  onRemove: () => void
  onAdd: (kind: ModulePart, module: number) => void
}

export const ItemPane = forwardRef<HTMLElement, Props>(function ItemPane({ draft, selected, name, error, errorPaths, update, categories, onMove, onRemove, onAdd }, ref) {
  const t = useT()
  const inModule = 'module' in selected
  return (
    <section className="item-pane" ref={ref} aria-labelledby="item-pane-title">
      <header className="item-pane-header">
        <h2 id="item-pane-title">{name}</h2>
        {inModule && (
          <div className="button-row">
            <button type="button" className="icon-button" aria-label={t('editor.item.moveUp', { name })} title={t('editor.item.moveUp', { name })} disabled={!canMove(draft, selected, -1)} onClick={() => onMove(-1)}>
              <ArrowUp aria-hidden="true" />
            </button>
            <button type="button" className="icon-button" aria-label={t('editor.item.moveDown', { name })} title={t('editor.item.moveDown', { name })} disabled={!canMove(draft, selected, 1)} onClick={() => onMove(1)}>
              <ArrowDown aria-hidden="true" />
            </button>
            <button type="button" className="icon-button" aria-label={t('editor.item.remove', { name })} title={t('editor.item.remove', { name })} onClick={onRemove}>
              <Trash2 aria-hidden="true" />
            </button>
          </div>
        )}
      </header>
      <div className="item-pane-body">
        <Fields draft={draft} selected={selected} error={error} errorPaths={errorPaths} update={update} categories={categories} />
      </div>
      {inModule && (
        <div className="button-row item-pane-add">
          <AddButton label={t('editor.add.inject')} keys="Alt+Shift+I" onClick={() => onAdd('inject', selected.module)} />
          <AddButton label={t('editor.add.question')} keys="Alt+Shift+Q" onClick={() => onAdd('question', selected.module)} />
          <AddButton label={t('editor.add.need')} keys="Alt+Shift+N" onClick={() => onAdd('need', selected.module)} />
        </div>
      )}
    </section>
  )
})

function AddButton({ label, keys, onClick }: { label: string; keys: string; onClick: () => void }) {
  return (
    <button type="button" className="button quiet" aria-keyshortcuts={keys} title={keys} onClick={onClick}>
      <Plus aria-hidden="true" /> {label}
    </button>
  )
}

function Fields({ draft, selected, error, errorPaths, update, categories }: Pick<Props, 'draft' | 'selected' | 'error' | 'errorPaths' | 'update' | 'categories'>) {
  switch (selected.kind) {
    case 'overview':
      return <OverviewFields draft={draft} error={error} errorPaths={errorPaths} update={update} />
    case 'objectives':
      return <ObjectivesFields draft={draft} error={error} update={update} />
    case 'participants':
      return <ParticipantsFields draft={draft} update={update} />
    case 'variables':
      return <VariablesFields draft={draft} error={error} update={update} />
    case 'module': {
      const m = selected.module
      return <ModuleFields key={m} module={draft.modules[m]!} at={`modules[${m}]`} error={error} update={(recipe) => update((d) => recipe(d.modules[m]!))} />
    }
    case 'inject': {
      const { module: m, index: i } = selected
      return <InjectFields key={`${m}.${i}`} inject={draft.modules[m]!.injects[i]!} at={`modules[${m}].injects[${i}]`} error={error} update={(recipe) => update((d) => recipe(d.modules[m]!.injects[i]!))} />
    }
    case 'question': {
      const { module: m, index: i } = selected
      return <QuestionFields key={`${m}.${i}`} question={draft.modules[m]!.questions[i]!} at={`modules[${m}].questions[${i}]`} error={error} update={(recipe) => update((d) => recipe(d.modules[m]!.questions[i]!))} />
    }
    case 'need': {
      const { module: m, index: i } = selected
      return (
        <NeedFields key={`${m}.${i}`} need={draft.modules[m]!.needs[i]!} at={`modules[${m}].needs[${i}]`} error={error} categories={categories} update={(recipe) => update((d) => recipe(d.modules[m]!.needs[i]!))} />
      )
    }
  }
}
