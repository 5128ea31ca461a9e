import { Component, type ErrorInfo, type ReactNode } from 'react';
import i18next from 'i18next';

interface State {
  error: Error | null;
}

/** A rendering bug must not blank the whole window: show what to do, the data is safe in IndexedDB. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Screen crashed', error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <div className="page-pad" role="alert">
        <div className="empty-state">
          <h1>{i18next.t('app.crashTitle')}</h1>
          <p>{i18next.t('app.crashBody')}</p>
          <p className="muted">{this.state.error.message}</p>
          <button type="button" className="btn btn-primary" onClick={() => location.reload()}>
            {i18next.t('app.reload')}
          </button>
        </div>
      </div>
    );
  }
}
