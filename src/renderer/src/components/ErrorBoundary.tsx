// Catches a screen that fails to render and offers a way back instead of a white window.
// Give it a `key` per screen so moving to another screen starts it afresh.
import { Component, type ErrorInfo, type ReactNode } from 'react'

interface State {
  hasError: boolean
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { hasError: false }

  static getDerivedStateFromError(): State {
    return { hasError: true }
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('A screen failed to render:', error, info.componentStack)
  }

  override render(): ReactNode {
    if (!this.state.hasError) return this.props.children
    return (
      <div className="screen-error" role="alert">
        <h2>This screen ran into a problem</h2>
        <p>Your saved work is safe: every change is stored as soon as you make it.</p>
        <div className="button-row">
          <button type="button" className="button primary" onClick={() => this.setState({ hasError: false })}>
            Try again
          </button>
          <button type="button" className="button" onClick={() => window.location.reload()}>
            Reload the window
          </button>
        </div>
      </div>
    )
  }
}
