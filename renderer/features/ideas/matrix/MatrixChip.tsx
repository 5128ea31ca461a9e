import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDraggable } from '@dnd-kit/core';
import { Star } from 'lucide-react';
import type { Idea } from '../../../../shared/domain';
import { nearestColourKey, NOTE_COLOURS } from '../../../../shared/logic/ideaBoard';
import { noteText } from '../ideaLabels';

interface MatrixChipProps {
  idea: Idea;
  /** The full spoken description: words, ratings and zone. */
  description: string;
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>, idea: Idea) => void;
}

/**
 * A note in the impact/effort view: dragged with the pointer onto another cell, or re-rated with the
 * arrow keys while it has focus (it then moves to its new cell and keeps the focus).
 */
export function MatrixChip({ idea, description, onKeyDown }: MatrixChipProps) {
  const { t } = useTranslation();
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: idea.id, attributes: { roleDescription: t('ideas.matrix.roleDescription') } });
  return (
    <li className="ideas-chip-item">
      <button
        type="button"
        ref={setNodeRef}
        {...attributes}
        {...listeners}
        aria-label={description}
        title={noteText(idea, t)}
        data-chip-id={idea.id}
        className={`ideas-chip colour-${nearestColourKey(idea.colour, NOTE_COLOURS)}${isDragging ? ' is-dragging' : ''}`}
        onKeyDown={(event) => onKeyDown(event, idea)}
      >
        {idea.selected ? <Star size={12} aria-hidden="true" className="ideas-chip-star" /> : null}
        <span className="ideas-chip-text">{noteText(idea, t)}</span>
      </button>
    </li>
  );
}
