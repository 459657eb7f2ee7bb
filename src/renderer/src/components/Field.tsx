// A labelled field: its label names the control, and the control points to the hint and the error below it.
import { useId, type ReactNode } from 'react'

/** What a field hands its control: the id its label names, and where its hint and error are. */
export interface ControlProps {
  id: string
  'aria-invalid': boolean
  'aria-describedby': string | undefined
}

/** How a field is labelled and framed; shared by TextField, SelectField and custom controls. */
export interface FieldFrame {
  label: string
  hint?: string | undefined
  /** Shown under the control, which is then marked invalid and described by it. */
  error?: string | undefined
  /** Takes the whole row of a form grid. */
  wide?: boolean | undefined
  /** Sits in a filter bar (class `filter`) rather than in a form (class `field`). */
  filter?: boolean | undefined
  /** Extra classes for the frame, such as `narrow` or `search-filter`. */
  className?: string | undefined
}

export function Field({ label, hint, error, wide, filter, className, children }: FieldFrame & { children: (control: ControlProps) => ReactNode }) {
  const id = useId()
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined
  const frame = [filter ? 'filter' : 'field', wide ? 'wide' : '', error ? 'has-error' : '', className ?? ''].filter(Boolean).join(' ')
  return (
    <div className={frame}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': error !== undefined, 'aria-describedby': describedBy })}
      {hint && (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span className="field-error" id={`${id}-error`}>
          {error}
        </span>
      )}
    </div>
  )
}
