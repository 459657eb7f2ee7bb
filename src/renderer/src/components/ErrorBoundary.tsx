// Catches a screen that fails to render and offers a way back instead of a white window.
// Give it a `key` per screen so moving to another screen starts it afresh.
import { Component, type ErrorInfo, type ReactNode } from 'react'
import { useT } from '../i18n/use-t'

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
    return <ScreenError onTryAgain={() => this.setState({ hasError: false })} />
  }
}

function ScreenError({ onTryAgain }: { onTryAgain: () => void }) {
  const t = useT()
  return (
    <div className="screen-error" role="alert">
      <h2>{t('shell.screenError.title')}</h2>
      <p>{t('shell.screenError.safe')}</p>
      <div className="button-row">
        <button type="button" className="button primary" onClick={onTryAgain}>
          {t('shell.screenError.tryAgain')}
        </button>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('shell.screenError.reload')}
        </button>
      </div>
    </div>
  )
}
