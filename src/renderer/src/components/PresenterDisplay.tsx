// The presenter view's own controls, for the room's screen: high contrast for a projector, and the
// language of its own words (a bilingual room may read Spanish while the facilitator works in
// English). Applied to this window at once, and remembered for the next time it opens.
import './presenter-display.css'
import { useEffect, useState } from 'react'
import type { AppSettings } from '../../../shared/contract/app'
import type { PresenterLanguage } from '../../../shared/appearance/choices'
import { call, errorMessage } from '../api/client'
import { applyPresenterDisplay, presenterLanguage } from '../appearance/presenter-display'
import { useT } from '../i18n/use-t'
import { LANGUAGE_LABELS } from '../sections/scenarios/labels'

export function PresenterDisplay() {
  const t = useT()
  const [settings, setSettings] = useState<AppSettings | undefined>()
  const [problem, setProblem] = useState('')
  useEffect(() => {
    call('app.settings', {}).then(setSettings, (error: unknown) => setProblem(errorMessage(error)))
  }, [])
  if (!settings) return problem ? <p role="alert">{problem}</p> : null

  async function change(next: AppSettings['presenter']): Promise<void> {
    applyPresenterDisplay(next, settings!.language)
    setSettings({ ...settings!, presenter: next })
    try {
      await call('app.setPresenter', next)
      setProblem('')
    } catch (error) {
      // The choice still holds in this window; only remembering it failed.
      setProblem(errorMessage(error))
    }
  }
  const { presenter } = settings
  return (
    <div className="presenter-display" role="group" aria-label={t('presenter.display')}>
      <label className="presenter-display-choice">
        <input type="checkbox" checked={presenter.theme === 'projector'} onChange={(e) => void change({ ...presenter, theme: e.target.checked ? 'projector' : 'standard' })} />
        {t('presenter.projectorTheme')}
      </label>
      <label className="presenter-display-choice">
        {t('presenter.language')}
        <select value={presenter.language} onChange={(e) => void change({ ...presenter, language: e.target.value as PresenterLanguage })}>
          <option value="app">{t('presenter.languageApp', { language: LANGUAGE_LABELS[presenterLanguage('app', settings.language)] })}</option>
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
