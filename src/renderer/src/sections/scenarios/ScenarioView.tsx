// A scenario laid out to read: overview, objectives, and each module with its injects,
// questions and needs. Everything shows as plain text; ${variables} are marked.
import { ArrowLeft, Copy, FileDown, Pencil, Printer, Trash2 } from 'lucide-react'
import { Fragment, useEffect, useMemo, useState } from 'react'
import { useIntl } from 'react-intl'
import type { ScenarioSummary } from '../../../../shared/scenario/library'
import { areaNumberOf, withVariableLabels, type Scenario } from '../../../../shared/scenario/schema'
import type { Language } from '../../../../shared/i18n/catalog'
import { kindLabelIn } from '../../../../shared/i18n/taxonomy-words'
import { call, errorMessage } from '../../api/client'
import { useCategories } from '../../api/use-categories'
import { useCommunityAreas } from '../../api/use-community-areas'
import { categoryLabel, languageWord, scheduleLabel } from '../inventory/format'
import { parseSchedule } from '../../../../shared/inventory/schedule'
import { useScenarioLabels } from './labels'
import { ManualDialog } from './ManualDialog'
import { downloadText } from '../../lib/download'
import { ScenarioBlanks, Text } from './Text'
import { TableHead } from '../../components/TableHead'
import { StoryTime, useLanguageList } from '../../components/StoryTime'
import { useT } from '../../i18n/use-t'
import { InjectList } from './InjectList'

interface Props {
  id: string
  onBack: () => void
  onEdit: () => void
  onOpen: (id: string | undefined) => void
  say: (text: string, action?: { label: string; run: () => void }) => void
}

export function ScenarioView({ id, onBack, onEdit, onOpen, say }: Props) {
  const t = useT()
  // The toolbar speaks the app's language; the scenario below speaks its own.
  const appLanguage = useIntl().locale
  const labels = useScenarioLabels()
  const languageList = useLanguageList()
  const [manualOpen, setManualOpen] = useState(false)
  const [loaded, setLoaded] = useState<{ scenario: Scenario; summary: ScenarioSummary } | { error: string } | undefined>()
  const areas = useCommunityAreas()
  const { categories } = useCategories()
  const areaName = useMemo(() => {
    const names = new Map(areas.map((a) => [a.number, a.name]))
    return (reference: string | number) => names.get(areaNumberOf(reference) ?? -1) ?? String(reference)
  }, [areas])

  useEffect(() => {
    let live = true
    call('scenarios.get', { id }).then(
      (result) => live && setLoaded(result),
      (error: unknown) => live && setLoaded({ error: errorMessage(error) }),
    )
    return () => {
      live = false
    }
  }, [id])

  const back = (
    <button type="button" className="button quiet back-button" onClick={onBack}>
      <ArrowLeft aria-hidden="true" /> {t('scenario.view.all')}
    </button>
  )
  if (!loaded) return <section className="screen">{back}<p role="status">{t('common.loading')}</p></section>
  if ('error' in loaded) {
    return (
      <section className="screen">
        {back}
        <p className="inline-error" role="alert">
          {loaded.error}
        </p>
      </section>
    )
  }
  const { scenario } = loaded
  const { overview } = scenario

  async function act(action: 'duplicate' | 'export' | 'remove'): Promise<void> {
    try {
      if (action === 'duplicate') {
        const copy = await call('scenarios.duplicate', { id })
        say(t('scenario.copied', { title: withVariableLabels(copy.title, scenario.variables) }))
        onOpen(copy.id)
      } else if (action === 'export') {
        const file = await call('scenarios.export', { ids: [id] })
        downloadText(file.fileName, file.content, 'application/yaml;charset=utf-8')
      } else {
        const removed = await call('scenarios.remove', { id })
        onOpen(undefined)
        say(t('scenario.removed', { title: withVariableLabels(removed.title, scenario.variables) }), {
          label: t('common.undo'),
          run: () => void call('scenarios.restore', { id }).then(() => onOpen(id), (e: unknown) => say(errorMessage(e))),
        })
      }
    } catch (error) {
      say(errorMessage(error))
    }
  }
  // The app's words over the scenario's text say which language they are in.
  const ui = { lang: appLanguage }
  const kindLabel = (kind: string) => kindLabelIn(appLanguage as Language, kind)

  return (
    <ScenarioBlanks value={scenario.variables}>
      <article className="screen scenario-view" lang={overview.language} aria-labelledby="scenario-title">
        <div className="view-toolbar" lang={appLanguage}>
          {back}
          <div className="button-row">
            <button type="button" className="button primary" onClick={onEdit}>
              <Pencil aria-hidden="true" /> {t('scenario.view.edit')}
            </button>
            <button type="button" className="button" onClick={() => setManualOpen(true)}>
              <Printer aria-hidden="true" /> {t('scenario.view.manual')}
            </button>
            <button type="button" className="button" onClick={() => void act('duplicate')}>
              <Copy aria-hidden="true" /> {t('scenario.view.duplicate')}
            </button>
            <button type="button" className="button" onClick={() => void act('export')}>
              <FileDown aria-hidden="true" /> {t('scenario.view.export')}
            </button>
            <button type="button" className="button danger" onClick={() => void act('remove')}>
              <Trash2 aria-hidden="true" /> {t('scenario.view.remove')}
            </button>
          </div>
        </div>
        {loaded.summary.origin === 'bundled' && (
          <p className="hint" lang={appLanguage}>
            {t('scenario.view.bundled')}
          </p>
        )}
        {manualOpen && <ManualDialog scenario={scenario} id={id} onClose={() => setManualOpen(false)} say={say} />}
        <header className="screen-header">
          <p className="eyebrow">
            <span {...ui}>{labels.type[overview.type]}</span> · {overview.communityAreas.map(areaName).join(', ')} · <span {...ui}>{languageWord(overview.language, appLanguage as Language)}</span>
            {overview.duration && ` · ${overview.duration}`}
          </p>
          <h1 id="scenario-title">
            <Text value={overview.title} />
          </h1>
          {overview.place && (
            <p className="lede">
              <Text value={overview.place} />
            </p>
          )}
        </header>
        <p className="scenario-summary">
          <Text value={overview.summary} />
        </p>

        <div className="scenario-columns">
          <section aria-labelledby="objectives-title">
            <h2 id="objectives-title" {...ui}>
              {t('scenario.view.objectives')}
            </h2>
            <ol className="objectives">
              {overview.objectives.map((objective) => (
                <li key={objective.id}>
                  <Text value={objective.text} />
                </li>
              ))}
            </ol>
          </section>
          <section aria-labelledby="participants-title">
            <h2 id="participants-title" {...ui}>
              {t('scenario.view.atTheTable')}
            </h2>
            <ul className="plain-list">
              {overview.participants.map((participant, index) => (
                <li key={index}>
                  <strong {...ui}>{kindLabel(participant.kind)}</strong> — <span {...ui}>{labels.role[participant.role]}</span>
                  {participant.note && (
                    <>
                      : <Text value={participant.note} />
                    </>
                  )}
                </li>
              ))}
            </ul>
            {scenario.variables.length > 0 && (
              <>
                <h3 {...ui}>{t('scenario.view.variables')}</h3>
                <ul className="plain-list">
                  {scenario.variables.map((variable) => (
                    <li key={variable.name}>
                      <span className="variable">{variable.name}</span> {variable.label}
                      {variable.example && (
                        <span className="muted" {...ui}>
                          {' '}
                          {t('scenario.view.example', { example: variable.example })}
                        </span>
                      )}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
        </div>

        {scenario.modules.map((module) => (
          <section key={module.id} className="module" aria-labelledby={`module-${module.id}`}>
            <h2 id={`module-${module.id}`}>
              <Text value={module.title} />
            </h2>
            {(module.timing || module.phase || module.storyTime) && (
              <p className="eyebrow">
                {module.phase && (
                  <span className="phase-tag" {...ui}>
                    {labels.phase[module.phase]}
                  </span>
                )} <StoryTime value={module.storyTime} /> {module.timing && <Text value={module.timing} />}
              </p>
            )}
            <p className="narrative">
              <Text value={module.narrative} />
            </p>
            <InjectList injects={module.injects} />
            {module.questions.length > 0 && (
              <>
                <h3 {...ui}>{t('scenario.view.questions')}</h3>
                {groupByDiscipline(module.questions).map(([discipline, questions]) => (
                  <Fragment key={discipline}>
                    {discipline && <p className="label">{discipline}</p>}
                    <ul className="questions">
                      {questions.map((question, index) => (
                        <li key={index}>
                          <Text value={question.text} />
                        </li>
                      ))}
                    </ul>
                  </Fragment>
                ))}
              </>
            )}
            {module.needs.length > 0 && (
              <>
                <h3 {...ui}>{t('scenario.view.needs')}</h3>
                <table className="data-table needs-table">
                  <TableHead lang={appLanguage} columns={[t('scenario.view.col.need'), t('scenario.view.col.category'), t('scenario.view.col.where'), t('scenario.view.col.when'), t('scenario.view.col.amount'), t('scenario.view.col.urgency')]} />
                  <tbody>
                    {module.needs.map((need) => {
                      const when = need.when === undefined ? undefined : parseSchedule(need.when)
                      return (
                        <tr key={need.id}>
                          <th scope="row">
                            <Text value={need.description} />
                            {need.languages?.length ? <span className="muted"> ({languageList(need.languages)})</span> : null}
                          </th>
                          <td {...ui}>{categoryLabel(need.category, categories)}</td>
                          <td>
                            {areaName(need.communityArea)}
                            {need.place && (
                              <>
                                , <Text value={need.place} />
                              </>
                            )}
                          </td>
                          <td>
                            {when === undefined ? null : when.ok ? scheduleLabel(when.value) : need.when}
                            {need.deadline && (
                              <>
                                {when && <br />}
                                <span {...ui}>{t('need.deadline', { deadline: need.deadline })}</span>
                              </>
                            )}
                            {need.duration && (
                              <>
                                <br />
                                <span className="muted">
                                  <Text value={need.duration} />
                                </span>
                              </>
                            )}
                          </td>
                          <td>{need.amount ? `${need.amount.value} ${need.amount.unit}` : '—'}</td>
                          <td>
                            <span className={`urgency urgency-${need.urgency}`} {...ui}>
                              {labels.urgency[need.urgency]}
                            </span>
                          </td>
                        </tr>
                      )
                    })}
                  </tbody>
                </table>
              </>
            )}
          </section>
        ))}
      </article>
    </ScenarioBlanks>
  )
}

function groupByDiscipline<Q extends { discipline?: string | undefined }>(questions: readonly Q[]): [string, Q[]][] {
  const groups = new Map<string, Q[]>()
  for (const question of questions) groups.set(question.discipline ?? '', [...(groups.get(question.discipline ?? '') ?? []), question])
  return [...groups.entries()]
}
