// Scenario text with its ${variables} marked, each by its label where the scenario gives one
// ("The park near the scene"), else by its name; React renders every part as text, never as markup.
import { Fragment, type ReactNode } from 'react'

export function Text({ value, variables = [] }: { value: string; variables?: readonly { name: string; label: string }[] }): ReactNode {
  const parts = value.split(/(\$\{[a-zA-Z][a-zA-Z0-9_]*\})/)
  return parts.map((part, index) => {
    if (!/^\$\{.+\}$/.test(part)) return <Fragment key={index}>{part}</Fragment>
    const name = part.slice(2, -1)
    return (
      <span key={index} className="variable">
        {variables.find((v) => v.name === name)?.label || name}
      </span>
    )
  })
}
