// Scenario text with its ${variables} marked, each by its label where the scenario around it gives
// one ("The park near the scene"), else by its name; React renders every part as text, never as markup.
import { createContext, Fragment, useContext, type ReactNode } from 'react'

type Blank = { name: string; label: string }

/** The blanks of the scenario being shown: a screen puts it around the scenario's text once. */
export const ScenarioBlanks = createContext<readonly Blank[]>([])

export function Text({ value }: { value: string }): ReactNode {
  const blanks = useContext(ScenarioBlanks)
  const parts = value.split(/(\$\{[a-zA-Z][a-zA-Z0-9_]*\})/)
  return parts.map((part, index) => {
    if (!/^\$\{.+\}$/.test(part)) return <Fragment key={index}>{part}</Fragment>
    const name = part.slice(2, -1)
    return (
      <span key={index} className="variable">
        {blanks.find((blank) => blank.name === name)?.label || name}
      </span>
    )
  })
}
