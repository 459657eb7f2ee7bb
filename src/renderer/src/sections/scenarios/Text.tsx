// Scenario text with its ${variables} marked; React renders every part as text, never as markup.
import { Fragment, type ReactNode } from 'react'

export function Text({ value }: { value: string }): ReactNode {
  const parts = value.split(/(\$\{[a-zA-Z][a-zA-Z0-9_]*\})/)
  return parts.map((part, index) =>
    /^\$\{.+\}$/.test(part) ? (
      <span key={index} className="variable">
        {part.slice(2, -1)}
      </span>
    ) : (
      <Fragment key={index}>{part}</Fragment>
    ),
  )
}

