// The presenter view's own controls, for the room's screen: high contrast for a projector, and the
// language of its own words (a bilingual room may read Spanish while the facilitator works in
// English). Applied to this window at once, and remembered for the next time it opens. It shows what
// start-up applied; it reads the settings itself only if start-up could not.
import './presenter-display.css'
import { useEffect, useState } from 'react'
import type { PresenterLanguage } from '../../../shared/appearance/choices'
import { call, errorMessage } from '../api/client'
import { applyPresenterDisplay, presenterLanguage, shownPresenterDisplay, type PresenterDisplayShown } from '../appearance/presenter-display'
import { useT } from '../i18n/use-t'
import { LANGUAGE_LABELS } from '../i18n/language-labels'

export function PresenterDisplay() {
  const t = useT()
  const [shown, setShown] = useState(shownPresenterDisplay)
  const [problem, setProblem] = useState('')
  const known = shown !== undefined
  useEffect(() => {
    if (known) return
    call('app.settings', {}).then(
      (settings) => {
        applyPresenterDisplay(settings.presenter, settings.language)
        setShown(shownPresenterDisplay())
      },
      (error: unknown) => setProblem(errorMessage(error)),
    )
  }, [known])
  if (!shown) return problem ? <p role="alert">{problem}</p> : null

  async function change(next: PresenterDisplayShown['display']): Promise<void> {
    applyPresenterDisplay(next, shown!.appLanguage)
    setShown({ display: next, appLanguage: shown!.appLanguage })
    try {
      await call('app.setPresenter', next)
      setProblem('')
    } catch (error) {
      // The choice still holds in this window; only remembering it failed.
      setProblem(errorMessage(error))
    }
  }
  const { display: presenter, appLanguage } = shown
  return (
    <div className="presenter-display" role="group" aria-label={t('presenter.display')}>
      <label className="presenter-display-choice">
        <input type="checkbox" checked={presenter.theme === 'projector'} onChange={(e) => void change({ ...presenter, theme: e.target.checked ? 'projector' : 'standard' })} />
        {t('presenter.projectorTheme')}
      </label>
      <label className="presenter-display-choice">
        {t('presenter.language')}
        <select value={presenter.language} onChange={(e) => void change({ ...presenter, language: e.target.value as PresenterLanguage })}>
          <option value="app">{t('presenter.languageApp', { language: LANGUAGE_LABELS[presenterLanguage('app', appLanguage)] })}</option>
          <option value="en" lang="en">
            {LANGUAGE_LABELS.en}
          </option>
          <option value="es" lang="es">
            {LANGUAGE_LABELS.es}
          </option>
        </select>
      </label>
      {problem && <p role="alert">{problem}</p>}
    </div>
  )
}
