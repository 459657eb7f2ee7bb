// The organization named with "@" beside a text box's label ("Said by …", "Owned by …"), and a
// button that takes it back.
import { X } from 'lucide-react'
import './mention.css'

export function NamedOrganization({ id, text, clearLabel, onClear }: { id: string; text: string; clearLabel: string; onClear: () => void }) {
  return (
    <p id={id} className="named-organization">
      {text}
      <button type="button" className="icon-button small" aria-label={clearLabel} onClick={onClear}>
        <X aria-hidden="true" />
      </button>
    </p>
  )
}
