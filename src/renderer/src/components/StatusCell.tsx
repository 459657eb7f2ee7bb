// A list row's status cell, with a Resume button while the session or town hall is under way.
import { Play } from 'lucide-react'

interface Props {
  /** The status as stored; it picks the colour (`status-running`). */
  status: string
  label: string
  /** Present only when the record can be resumed; `name` is the button's accessible name, which says which record. */
  resume?: { text: string; name: string; onResume: () => void } | undefined
}

export function StatusCell({ status, label, resume }: Props) {
  return (
    <td>
      <span className={`status status-${status}`}>{label}</span>
      {resume && (
        <button type="button" className="button quiet" onClick={resume.onResume} aria-label={resume.name}>
          <Play aria-hidden="true" /> {resume.text}
        </button>
      )}
    </td>
  )
}
