// The fields that fill in a scenario's ${variables} for one run (a session, a Situation Manual).
import type { Scenario } from '../../../shared/scenario/schema'
import { TextField } from './TextField'

interface Props {
  variables: Scenario['variables']
  values: Readonly<Record<string, string>>
  onChange: (name: string, value: string) => void
}

export function VariableFields({ variables, values, onChange }: Props) {
  return variables.map((variable) => (
    <TextField key={variable.name} label={variable.label} value={values[variable.name] ?? ''} placeholder={variable.example ?? ''} onChange={(value) => onChange(variable.name, value)} />
  ))
}
