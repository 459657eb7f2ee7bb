// A module's injects as the scenario view reads them: when each comes (offset and story time),
// from whom, what it says, the actions expected, and the facilitator's own notes.
import { useIntl } from 'react-intl'
import type { Scenario } from '../../../../shared/scenario/schema'
import { StoryTime } from '../../components/StoryTime'
import { useT } from '../../i18n/use-t'
import { Text } from './Text'

type Inject = Scenario['modules'][number]['injects'][number]

export function InjectList({ injects }: { injects: readonly Inject[] }) {
  const t = useT()
  // The view's own words speak the app's language over a scenario written in another.
  const ui = { lang: useIntl().locale }
  if (injects.length === 0) return null
  return (
    <>
      <h3 {...ui}>{t('scenario.view.injects')}</h3>
      <ol className="injects">
        {injects.map((inject) => (
          <li key={inject.id} className="inject">
            <p className="inject-head">
              {inject.offsetMinutes !== undefined && <span className="offset">+{formatOffset(inject.offsetMinutes)}</span>}
              <StoryTime value={inject.storyTime} />
              <strong>
                <Text value={inject.title} />
              </strong>
              {inject.from && (
                <span className="muted">
                  {' '}
                  — <span {...ui}>{t('scenario.view.from')}</span> <Text value={inject.from} />
                </span>
              )}
            </p>
            <p>
              <Text value={inject.text} />
            </p>
            {inject.expectedActions && inject.expectedActions.length > 0 && (
              <div className="expected">
                <p className="label" {...ui}>
                  {t('scenario.view.expectedActions')}
                </p>
                <ul>
                  {inject.expectedActions.map((action, index) => (
                    <li key={index}>
                      <Text value={action} />
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {inject.facilitatorNotes && (
              <aside className="facilitator-note" aria-label={t('scenario.view.facilitatorOnly')}>
                <p className="label" {...ui}>
                  {t('scenario.view.facilitatorOnly')}
                </p>
                <p>
                  <Text value={inject.facilitatorNotes} />
                </p>
              </aside>
            )}
          </li>
        ))}
      </ol>
    </>
  )
}

function formatOffset(minutes: number): string {
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  return hours > 0 ? `${hours} h${rest ? ` ${rest} min` : ''}` : `${rest} min`
}
