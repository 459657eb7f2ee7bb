// The choices made before a report leaves the room: its language, its sections, names or only
// organizations, consented contacts, and the facilitator's notes. Kept with the session.
import { REPORT_SECTIONS, type ReportOptions } from '../../../../../shared/report/options'
import { useT } from '../../../i18n/use-t'
import { LANGUAGE_LABELS } from '../../../i18n/language-labels'

interface Props {
  options: ReportOptions
  onChange: (options: ReportOptions) => void
}

export function ReportChoices({ options, onChange }: Props) {
  const t = useT()
  const set = (change: Partial<ReportOptions>) => onChange({ ...options, ...change })
  const toggle = (section: ReportOptions['sections'][number], on: boolean) =>
    set({ sections: REPORT_SECTIONS.filter((s) => (s === section ? on : options.sections.includes(s))) })
  return (
    <form className="report-choices" aria-labelledby="report-choices-title" onSubmit={(event) => event.preventDefault()}>
      <h2 id="report-choices-title">{t('reportScreen.choices')}</h2>
      <fieldset>
        <legend>{t('reportScreen.language')}</legend>
        {(['en', 'es'] as const).map((language) => (
          <label key={language} className="choice">
            <input type="radio" name="report-language" value={language} checked={options.language === language} onChange={() => set({ language })} lang={language} />
            <span lang={language}>{LANGUAGE_LABELS[language]}</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('reportScreen.people')}</legend>
        {(['organizations', 'names'] as const).map((people) => (
          <label key={people} className="choice">
            <input type="radio" name="report-people" value={people} checked={options.people === people} onChange={() => set({ people })} />
            {t(people === 'names' ? 'reportScreen.peopleNames' : 'reportScreen.peopleOrganizations')}
          </label>
        ))}
        <label className="choice">
          <input type="checkbox" checked={options.contacts} onChange={(event) => set({ contacts: event.target.checked })} />
          {t('reportScreen.contacts')}
        </label>
        <label className="choice">
          <input type="checkbox" checked={options.facilitatorNotes} onChange={(event) => set({ facilitatorNotes: event.target.checked })} />
          {t('reportScreen.notes')}
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('reportScreen.sections')}</legend>
        {REPORT_SECTIONS.map((section) => (
          <label key={section} className="choice">
            <input
              type="checkbox"
              checked={options.sections.includes(section)}
              // The last section stays: a report of nothing is not a report.
              disabled={options.sections.length === 1 && options.sections.includes(section)}
              onChange={(event) => toggle(section, event.target.checked)}
            />
            {t(`report.section.${section}`)}
          </label>
        ))}
      </fieldset>
      <p className="hint">{t('reportScreen.remembered')}</p>
    </form>
  )
}
