// A labelled text field, on one line or several, with its hint and its error.
import type { ChangeEvent, HTMLAttributes, HTMLInputTypeAttribute } from 'react'
import { Field, type FieldFrame } from './Field'

interface Props extends FieldFrame {
  value: string
  onChange: (value: string) => void
  /** A text area of `rows` lines (2 unless told) instead of one line. */
  multiline?: boolean
  rows?: number
  type?: HTMLInputTypeAttribute | undefined
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode']
  placeholder?: string | undefined
  maxLength?: number | undefined
  disabled?: boolean | undefined
  onBlur?: (() => void) | undefined
}

export function TextField({ value, onChange, multiline = false, rows = 2, type, inputMode, placeholder, maxLength, disabled, onBlur, ...frame }: Props) {
  return (
    <Field {...frame}>
      {(control) => {
        const common = { ...control, value, placeholder, maxLength, disabled, onBlur, onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(e.target.value) }
        return multiline ? <textarea {...common} rows={rows} /> : <input {...common} type={type} inputMode={inputMode} />
      }}
    </Field>
  )
}
