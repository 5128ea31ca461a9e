import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { CircleDot, Link2, Star } from 'lucide-react';
import { formatCount } from '../ideaLabels';
import type { NoteFlowNode } from './ideaFlowTypes';

/**
 * A sticky note. Everything on it is also in the node's spoken label, so the badges are hidden from
 * screen readers; colour is never the only cue (chosen notes carry a star, votes a number). Its words
 * come translated in its data: a board holds thousands of notes, and each subscribing to the
 * translations would cost every one of them on every change.
 */
function NoteNodeView({ data, selected }: NodeProps<NoteFlowNode>) {
  const { idea, author, colour, dots, language, words } = data;
  const hasRatings = idea.impact !== null || idea.effort !== null;
  return (
    <div className={`idea-note colour-${colour}${selected ? ' is-selected' : ''}${idea.selected ? ' is-chosen' : ''}`} aria-hidden="true">
      <p className="idea-note-text">{idea.text.trim() === '' ? words.empty : idea.text}</p>
      <div className="idea-note-footer">
        <span className="idea-note-author">{author}</span>
        {idea.category ? <span className="idea-note-category">{idea.category}</span> : null}
      </div>
      <div className="idea-note-badges">
        {hasRatings ? (
          <span className="idea-note-rating" title={words.ratingsTitle}>
            {words.ratings(idea.impact, idea.effort)}
          </span>
        ) : null}
        {idea.objectiveIds.length > 0 ? (
          <span className="idea-note-badge">
            <Link2 size={12} /> {formatCount(idea.objectiveIds.length, language)}
          </span>
        ) : null}
        <span className="spacer" />
        {dots !== null ? (
          <span className="idea-note-badge idea-note-dots">
            <CircleDot size={12} /> {formatCount(dots, language)}
          </span>
        ) : null}
        {idea.selected ? (
          <span className="idea-note-badge idea-note-chosen" title={words.chosen}>
            <Star size={12} />
          </span>
        ) : null}
      </div>
    </div>
  );
}

export const NoteNode = memo(NoteNodeView);
