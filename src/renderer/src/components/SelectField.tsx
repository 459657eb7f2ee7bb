// A labelled drop-down: a first “none yet” choice, then its options as pairs or as option elements.
import type { ReactNode } from 'react'
import { Field, type FieldFrame } from './Field'

/** A choice as [value, what the facilitator reads]. */
export type Choice = readonly [value: string, label: string]

interface Props extends FieldFrame {
  value: string
  onChange: (value: string) => void
  /** A first choice with the value '' that means none or any, such as “Choose…” or “Any area”. */
  placeholder?: string | undefined
  options?: readonly Choice[] | undefined
  /** Options made elsewhere (AreaOptions, CategoryOptions, optgroups), after `options`. */
  children?: ReactNode
  onBlur?: (() => void) | undefined
}

export function SelectField({ value, onChange, placeholder, options = [], children, onBlur, ...frame }: Props) {
  return (
    <Field {...frame}>
      {(control) => (
        <select {...control} value={value} onChange={(e) => onChange(e.target.value)} onBlur={onBlur}>
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map(([optionValue, label]) => (
            <option key={optionValue} value={optionValue}>
              {label}
            </option>
          ))}
          {children}
        </select>
      )}
    </Field>
  )
}
