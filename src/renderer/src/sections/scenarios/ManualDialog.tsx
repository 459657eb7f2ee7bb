// Makes the printable Situation Manual: for participants or the facilitator, English or Spanish
// labels, with this run's places filled in. Saved as an HTML file that opens and prints anywhere.
import { useId, useState } from 'react'
import type { Scenario } from '../../../../shared/scenario/schema'
import { call, errorMessage } from '../../api/client'
import { Dialog } from '../../components/Dialog'
import { VariableFields } from '../../components/VariableFields'
import { downloadText } from '../../lib/download'

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
  const ids = { audience: useId(), language: useId() }

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
    <Dialog
      title="Situation Manual"
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button primary" onClick={() => void make()}>
            Save the manual
          </button>
        </>
      }
    >
      <div className="form-grid two">
        <div className="field">
          <label htmlFor={ids.audience}>For</label>
          <select id={ids.audience} value={audience} onChange={(e) => setAudience(e.target.value as typeof audience)}>
            <option value="participant">Participants (no injects, no facilitator notes)</option>
            <option value="facilitator">The facilitator (everything)</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.language}>Labels in</label>
          <select id={ids.language} value={language} onChange={(e) => setLanguage(e.target.value as typeof language)}>
            <option value="en">English</option>
            <option value="es">Español</option>
          </select>
        </div>
        <VariableFields variables={scenario.variables} values={values} onChange={(name, value) => setValues((previous) => ({ ...previous, [name]: value }))} />
      </div>
    </Dialog>
  )
}
