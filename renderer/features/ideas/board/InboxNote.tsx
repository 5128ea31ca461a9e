import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDraggable } from '@dnd-kit/core';
import { GripVertical, Star } from 'lucide-react';
import type { Idea } from '../../../../shared/domain';
import { nearestColourKey, NOTE_COLOURS } from '../../../../shared/logic/ideaBoard';
import { noteExcerpt, noteText } from '../ideaLabels';

interface InboxNoteProps {
  idea: Idea;
  author: string;
  selected: boolean;
  onSelect: (id: string, additive: boolean) => void;
}

/**
 * A note waiting in the inbox. The whole card can be dragged with the pointer; for the keyboard the
 * grip is the handle (Space picks it up, arrows carry it to the canvas), and the card itself is a
 * button that selects the note for editing.
 */
export function InboxNote({ idea, author, selected, onSelect }: InboxNoteProps) {
  const { t } = useTranslation();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id: idea.id,
    attributes: { roleDescription: t('ideas.dnd.roleDescription') },
  });
  const choose = (event: MouseEvent) => onSelect(idea.id, event.shiftKey || event.ctrlKey || event.metaKey);
  return (
    <li
      ref={setNodeRef}
      {...listeners}
      className={`ideas-inbox-note colour-${nearestColourKey(idea.colour, NOTE_COLOURS)}${selected ? ' is-selected' : ''}${isDragging ? ' is-dragging' : ''}`}
      data-testid="ideas-inbox-note"
    >
      <button type="button" className="ideas-inbox-select" aria-pressed={selected} onClick={choose}>
        <span className="ideas-inbox-text">{noteText(idea, t)}</span>
        <span className="ideas-inbox-meta">
          <span className="ideas-inbox-author">{author}</span>
          {idea.selected ? (
            <span className="ideas-inbox-chosen">
              <Star size={12} aria-hidden="true" /> {t('ideas.note.chosenShort')}
            </span>
          ) : null}
        </span>
      </button>
      <button
        type="button"
        ref={setActivatorNodeRef}
        {...attributes}
        className="btn btn-ghost btn-icon ideas-inbox-grip"
        aria-label={t('ideas.inbox.carry', { text: noteExcerpt(idea, t) })}
        title={t('ideas.inbox.carryTitle')}
      >
        <GripVertical size={18} aria-hidden="true" />
      </button>
    </li>
  );
}
