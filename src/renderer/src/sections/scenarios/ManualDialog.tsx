// Makes the printable Situation Manual: for participants or the facilitator, English or Spanish
// labels, with this run's places filled in. Saved as an HTML file that opens and prints anywhere.
import { useState } from 'react'
import type { Scenario } from '../../../../shared/scenario/schema'
import { call, errorMessage } from '../../api/client'
import { Dialog } from '../../components/Dialog'
import { DialogFooter } from '../../components/DialogFooter'
import { SelectField } from '../../components/SelectField'
import { useT } from '../../i18n/use-t'
import { VariableFields } from '../../components/VariableFields'
import { downloadText } from '../../lib/download'
import { LANGUAGE_LABELS } from '../../i18n/language-labels'

const AUDIENCES = ['participant', 'facilitator'] as const

interface Props {
  scenario: Scenario
  id: string
  onClose: () => void
  say: (text: string) => void
}

export function ManualDialog({ scenario, id, onClose, say }: Props) {
  const t = useT()
  const [audience, setAudience] = useState<(typeof AUDIENCES)[number]>('participant')
  const [language, setLanguage] = useState<'en' | 'es'>(scenario.overview.language)
  const [values, setValues] = useState<Record<string, string>>({})

  async function make(): Promise<void> {
    try {
      const file = await call('scenarios.situationManual', { id, audience, language, variables: values })
      downloadText(file.fileName, file.content, 'text/html;charset=utf-8')
      say(t('scenario.manual.saved', { file: file.fileName }))
      onClose()
    } catch (error) {
      say(errorMessage(error))
    }
  }

  return (
    <Dialog title={t('scenario.manual.title')} onClose={onClose} footer={<DialogFooter onCancel={onClose} confirm={{ label: t('scenario.manual.save'), onClick: () => void make() }} />}>
      <div className="form-grid two">
        <SelectField label={t('scenario.manual.for')} value={audience} options={AUDIENCES.map((a) => [a, t('scenario.manual.audience', { audience: a })])} onChange={(value) => setAudience(value as typeof audience)} />
        <SelectField label={t('scenario.manual.labelsIn')} value={language} options={Object.entries(LANGUAGE_LABELS)} onChange={(value) => setLanguage(value as typeof language)} />
        <VariableFields variables={scenario.variables} values={values} onChange={(name, value) => setValues((previous) => ({ ...previous, [name]: value }))} />
      </div>
    </Dialog>
  )
}
