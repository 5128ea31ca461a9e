import type { ReactNode } from 'react';

interface SectionEmptyProps {
  icon: ReactNode;
  title: string;
  body: string;
}

/** The empty state inside a section: says what belongs here and how to start, without a second page heading. */
export function SectionEmpty({ icon, title, body }: SectionEmptyProps) {
  return (
    <div className="prep-empty">
      <span className="prep-empty-icon" aria-hidden="true">{icon}</span>
      <div className="stack prep-empty-text">
        <p className="prep-empty-title">{title}</p>
        <p className="muted">{body}</p>
      </div>
    </div>
  );
}
