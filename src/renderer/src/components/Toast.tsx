// A short message at the bottom of the window, with an optional action such as Undo.
import { useEffect } from 'react'

export interface ToastMessage {
  id: number
  text: string
  action?: { label: string; run: () => void }
}

export function Toast({ message, onDone }: { message: ToastMessage | undefined; onDone: () => void }) {
  useEffect(() => {
    if (!message) return
    const timer = setTimeout(onDone, message.action ? 12_000 : 5_000)
    return () => clearTimeout(timer)
  }, [message, onDone])
  return (
    <div className="toast-region" role="status" aria-live="polite">
      {message && (
        <div className="toast" key={message.id}>
          <span>{message.text}</span>
          {message.action && (
            <button
              type="button"
              className="button"
              onClick={() => {
                message.action!.run()
                onDone()
              }}
            >
              {message.action.label}
            </button>
          )}
        </div>
      )}
    </div>
  )
}
