import { useTranslation } from 'react-i18next';
import type { Idea } from '../../../../shared/domain';
import { nearestColourKey, NOTE_COLOURS } from '../../../../shared/logic/ideaBoard';
import { noteText } from '../ideaLabels';

/** The note that follows the pointer while it is carried from the inbox to the canvas. */
export function NotePreview({ idea, author }: { idea: Idea; author: string }) {
  const { t } = useTranslation();
  return (
    <div className={`idea-note idea-note-preview colour-${nearestColourKey(idea.colour, NOTE_COLOURS)}`} aria-hidden="true">
      <p className="idea-note-text">{noteText(idea, t)}</p>
      <div className="idea-note-footer">
        <span className="idea-note-author">{author}</span>
      </div>
    </div>
  );
}
