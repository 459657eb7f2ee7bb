// When something happens in the scenario's story ("Saturday 14:00"), worded in the reader's language.
import { Clock } from 'lucide-react'
import { useIntl } from 'react-intl'
import { languageLabel } from '../../../shared/inventory/languages'
import { storyTimeLabel } from '../../../shared/scenario/story-clock'
import { useT } from '../i18n/use-t'

export function StoryTime({ value }: { value: string | undefined }) {
  const intl = useIntl()
  const t = useT()
  const label = storyTimeLabel(value, intl.locale)
  if (label === undefined) return null
  return (
    <span className="story-time" title={t('story.timeHint')}>
      <Clock aria-hidden="true" />
      <span className="visually-hidden">{t('story.inTheStory')} </span>
      {label}
    </span>
  )
}

/** A need's languages by name in the reader's language ("English, Spanish"). */
export function useLanguageList(): (languages: readonly string[] | undefined) => string {
  const intl = useIntl()
  return (languages) => (languages ?? []).map((language) => languageLabel(language, intl.locale)).join(', ')
}
