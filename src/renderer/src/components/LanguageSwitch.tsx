// English | Español at the foot of the sidebar: a bilingual room switches the app's language
// mid-session without leaving the console (Settings also offers "as this computer is set").
import './language-switch.css'
import { useState, useSyncExternalStore } from 'react'
import { LANGUAGES } from '../../../shared/i18n/catalog'
import { errorMessage } from '../api/client'
import { applyLanguageChoice } from '../i18n/apply-choice'
import { currentLanguage, subscribeToLanguage } from '../i18n/language'
import { useT } from '../i18n/use-t'
import { LANGUAGE_LABELS } from '../i18n/language-labels'

export function LanguageSwitch() {
  const t = useT()
  const language = useSyncExternalStore(subscribeToLanguage, currentLanguage)
  const [problem, setProblem] = useState('')
  return (
    <div className="language-switch" role="group" aria-label={t('shell.language')}>
      {LANGUAGES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={language === option}
          onClick={() => {
            setProblem('')
            applyLanguageChoice(option).catch((error: unknown) => setProblem(errorMessage(error)))
          }}
        >
          <span className="language-name">{LANGUAGE_LABELS[option]}</span>
          {/* What the folded sidebar (a running console's rail of icons) has room for. */}
          <span className="language-code" aria-hidden="true">
            {t('shell.languageCode', { language: option })}
          </span>
        </button>
      ))}
      {problem && (
        <p className="language-switch-problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  )
}
