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
      if (words.length <= LONGEST) return t('editor.readsAs', { text: words })
      // A long text: the part around its first variable, which is what the hint is for.
      const first = words.indexOf('[')
      const from = first + 40 > LONGEST ? first - Math.floor(LONGEST / 3) : 0
      const part = words.slice(from, from + LONGEST)
      return t('editor.readsAs', { text: `${from > 0 ? '…' : ''}${part}${from + LONGEST < words.length ? '…' : ''}` })
    },
    [variables, t],
  )
}
