import { useTranslation } from 'react-i18next';
import { CircleDot, Star } from 'lucide-react';
import type { Idea } from '../../../../shared/domain';
import { NOTE_COLOURS, nearestColourKey, type Point } from '../../../../shared/logic/ideaBoard';
import { formatCount, noteText } from '../ideaLabels';

interface ProjectorNoteProps {
  idea: Idea;
  /** Where the note is drawn, relative to the frame it sits in. */
  position: Point;
  /** Dots on the note once the vote is revealed; null while the result is hidden. */
  dots: number | null;
  current: boolean;
  language: string;
}

/**
 * A note on the projector: the note's footprint on the board, filled with its words in large type.
 * Being chosen and the dots it got are pinned to its corners, so they take no room from the words.
 */
export function ProjectorNote({ idea, position, dots, current, language }: ProjectorNoteProps) {
  const { t } = useTranslation();
  const colour = nearestColourKey(idea.colour, NOTE_COLOURS);
  return (
    <li
      className={`projector-note colour-${colour}${idea.selected ? ' is-chosen' : ''}${current ? ' is-current' : ''}`}
      style={{ left: position.x, top: position.y }}
      data-note-id={idea.id}
    >
      <p className="projector-note-text">{noteText(idea, t)}</p>
      {idea.selected ? (
        <span className="projector-note-pin projector-note-chosen">
          <Star size={18} aria-hidden="true" />
          <span className="visually-hidden">{t('ideas.projector.chosen')}</span>
        </span>
      ) : null}
      {dots !== null && dots > 0 ? (
        <span className="projector-note-pin projector-note-dots">
          <CircleDot size={16} aria-hidden="true" />
          <span aria-hidden="true">{formatCount(dots, language)}</span>
          <span className="visually-hidden">{t('ideas.projector.dots', { count: dots, formatted: formatCount(dots, language) })}</span>
        </span>
      ) : null}
    </li>
  );
}
