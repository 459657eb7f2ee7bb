// Makes the printable Situation Manual: for participants or the facilitator, English or Spanish
// labels, with this run's places filled in. Saved as an HTML file that opens and prints anywhere.
import { useState } from 'react'
import type { Scenario } from '../../../../shared/scenario/schema'
import { call, errorMessage } from '../../api/client'
import { Dialog } from '../../components/Dialog'
import { DialogFooter } from '../../components/DialogFooter'
import { SelectField, type Choice } from '../../components/SelectField'
import { VariableFields } from '../../components/VariableFields'
import { downloadText } from '../../lib/download'

const AUDIENCES: readonly Choice[] = [
  ['participant', 'Participants (no injects, no facilitator notes)'],
  ['facilitator', 'The facilitator (everything)'],
]
const LABEL_LANGUAGES: readonly Choice[] = [
  ['en', 'English'],
  ['es', 'Español'],
]

interface Props {
  scenario: Scenario
  id: string
  onClose: () => void
  say: (text: string) => void
}

export function ManualDialog({ scenario, id, onClose, say }: Props) {
  const [audience, setAudience] = useState<'participant' | 'facilitator'>('participant')
  const [language, setLanguage] = useState<'en' | 'es'>(scenario.overview.language)
  const [values, setValues] = useState<Record<string, string>>({})

  async function make(): Promise<void> {
    try {
      const file = await call('scenarios.situationManual', { id, audience, language, variables: values })
      downloadText(file.fileName, file.content, 'text/html;charset=utf-8')
      say(`Saved ${file.fileName}. Open it in any browser to read or print it (Print → Save as PDF makes a PDF).`)
      onClose()
    } catch (error) {
      say(errorMessage(error))
    }
  }

  return (
    <Dialog title="Situation Manual" onClose={onClose} footer={<DialogFooter onCancel={onClose} confirm={{ label: 'Save the manual', onClick: () => void make() }} />}>
      <div className="form-grid two">
        <SelectField label="For" value={audience} options={AUDIENCES} onChange={(value) => setAudience(value as typeof audience)} />
        <SelectField label="Labels in" value={language} options={LABEL_LANGUAGES} onChange={(value) => setLanguage(value as typeof language)} />
        <VariableFields variables={scenario.variables} values={values} onChange={(name, value) => setValues((previous) => ({ ...previous, [name]: value }))} />
      </div>
    </Dialog>
  )
}
