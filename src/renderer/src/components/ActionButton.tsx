// A button that says what it does, with an icon before the words, in one of the app's button styles.
import type { LucideIcon } from 'lucide-react'

interface Props {
  icon: LucideIcon
  label: string
  /** The button style beside `button`: primary, quiet, danger (and push-left to stand apart). */
  look?: 'primary' | 'quiet' | 'danger push-left' | undefined
  disabled?: boolean | undefined
  onClick: () => void
}

export function ActionButton({ icon: Icon, label, look, disabled, onClick }: Props) {
  return (
    <button type="button" className={look ? `button ${look}` : 'button'} disabled={disabled} onClick={onClick}>
      <Icon aria-hidden="true" /> {label}
    </button>
  )
}
