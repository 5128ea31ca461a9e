import type { ReactNode } from 'react';

interface EmptyStateProps {
  icon?: ReactNode;
  title: string;
  body?: string;
  actions?: ReactNode;
}

export function EmptyState({ icon, title, body, actions }: EmptyStateProps) {
  return (
    <div className="empty-state">
      {icon ? <div className="empty-state-icon" aria-hidden="true">{icon}</div> : null}
      <h2>{title}</h2>
      {body ? <p className="muted">{body}</p> : null}
      {actions ? <div className="row-wrap empty-state-actions">{actions}</div> : null}
    </div>
  );
}
