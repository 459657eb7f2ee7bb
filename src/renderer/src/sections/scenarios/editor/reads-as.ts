// How a field with ${variables} will read: each variable as its label, so the editor never leaves
// a raw ${school} unexplained ("Reads: Outside [The school], a fight…").
import { createContext, useCallback, useContext } from 'react'
import { withVariableLabels, type Scenario } from '../../../../../shared/scenario/schema'
import { useT } from '../../../i18n/use-t'

export const VariablesContext = createContext<Scenario['variables']>([])

const LONGEST = 160

/** A hint for a field's value when it holds a variable, else undefined. */
export function useReadsAs(): (value: string) => string | undefined {
  const variables = useContext(VariablesContext)
  const t = useT()
  return useCallback(
    (value: string) => {
      if (!/\$\{[a-zA-Z][a-zA-Z0-9_]*\}/.test(value)) return undefined
      const words = withVariableLabels(value, variables).replace(/\s+/g, ' ').trim()
      return t('editor.readsAs', { text: words.length > LONGEST ? `${words.slice(0, LONGEST - 1)}…` : words })
    },
    [variables, t],
  )
}
