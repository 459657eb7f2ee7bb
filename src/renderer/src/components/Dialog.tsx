// A modal dialog on the platform's <dialog>: focus stays inside, Escape closes, the page behind is
// inert, and the focus goes back to what opened it.
import { X } from 'lucide-react'
import { useEffect, useId, useRef, type ReactNode } from 'react'
import { useT } from '../i18n/use-t'

interface Props {
  title: string
  onClose: () => void
  children: ReactNode
  footer?: ReactNode
  wide?: boolean
  /** The id of the control to focus when the dialog opens (else the first one, its Close button). */
  initialFocus?: string
}

export function Dialog({ title, onClose, children, footer, wide, initialFocus }: Props) {
  const t = useT()
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  useEffect(() => {
    const dialog = ref.current
    // What had the focus before: the platform gives it back on close(), but not when React takes
    // the dialog out of the page first, as closing it here does.
    const opener = document.activeElement
    if (dialog && !dialog.open) dialog.showModal()
    return () => {
      dialog?.close()
      const now = document.activeElement
      if (opener instanceof HTMLElement && opener.isConnected && (now === null || now === document.body || dialog?.contains(now))) opener.focus()
    }
  }, [])
  useEffect(() => {
    if (initialFocus) document.getElementById(initialFocus)?.focus()
  }, [initialFocus])
  return (
    <dialog
      ref={ref}
      className={`dialog${wide ? ' wide' : ''}`}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
    >
      <header className="dialog-header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="icon-button" aria-label={t('common.close')} onClick={onClose}>
          <X aria-hidden="true" />
        </button>
      </header>
      <div className="dialog-body">{children}</div>
      {footer && <footer className="dialog-footer">{footer}</footer>}
    </dialog>
  )
}
