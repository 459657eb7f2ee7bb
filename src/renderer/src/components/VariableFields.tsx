// The fields that fill in a scenario's ${variables} for one run (a session, a Situation Manual).
import { useId } from 'react'
import type { Scenario } from '../../../shared/scenario/schema'

interface Props {
  variables: Scenario['variables']
  values: Readonly<Record<string, string>>
  onChange: (name: string, value: string) => void
}

export function VariableFields({ variables, values, onChange }: Props) {
  const id = useId()
  return variables.map((variable, index) => (
    <div className="field" key={variable.name}>
      <label htmlFor={`${id}-${index}`}>{variable.label}</label>
      <input id={`${id}-${index}`} value={values[variable.name] ?? ''} placeholder={variable.example ?? ''} onChange={(e) => onChange(variable.name, e.target.value)} />
    </div>
  ))
}
