import { forwardRef, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useDroppable } from '@dnd-kit/core';
import { Inbox } from 'lucide-react';
import type { Idea, Participant } from '../../../../shared/domain';
import { authorLabel, formatCount } from '../ideaLabels';
import { INBOX_ZONE } from './boardDnd';
import { InboxNote } from './InboxNote';

interface InboxPanelProps {
  notes: readonly Idea[];
  participants: ReadonlyMap<string, Participant>;
  selectedIds: ReadonlySet<string>;
  onSelect: (id: string, additive: boolean) => void;
  /** A note is being dragged over the inbox from the canvas. */
  highlighted: boolean;
  language: string;
}

/** Notes captured but not yet placed: a drop zone for notes dragged back from the canvas too. */
export const InboxPanel = forwardRef<HTMLElement, InboxPanelProps>(function InboxPanel({ notes, participants, selectedIds, onSelect, highlighted, language }, ref) {
  const { t } = useTranslation();
  const headingId = useId();
  const { setNodeRef, isOver } = useDroppable({ id: INBOX_ZONE });
  return (
    <section
      ref={(element) => {
        setNodeRef(element);
        if (typeof ref === 'function') ref(element);
        else if (ref) ref.current = element;
      }}
      className={`ideas-inbox${isOver || highlighted ? ' is-drop-target' : ''}`}
      aria-labelledby={headingId}
    >
      <h2 id={headingId} className="ideas-inbox-title">
        <Inbox size={18} aria-hidden="true" />
        <span>{t('ideas.inbox.title')}</span>
        <span className="ideas-count-chip">{formatCount(notes.length, language)}</span>
      </h2>
      {notes.length === 0 ? (
        <p className="ideas-inbox-empty muted">{t('ideas.inbox.empty')}</p>
      ) : (
        <ul className="ideas-inbox-list" aria-label={t('ideas.inbox.listLabel')}>
          {notes.map((idea) => (
            <InboxNote key={idea.id} idea={idea} author={authorLabel(idea, participants, t)} selected={selectedIds.has(idea.id)} onSelect={onSelect} />
          ))}
        </ul>
      )}
      <p className="ideas-inbox-hint muted">{t('ideas.inbox.hint')}</p>
    </section>
  );
});
