import { useTranslation } from 'react-i18next';
import { ArrowRightToLine, Group, Inbox, Star, X } from 'lucide-react';
import type { Cluster, Idea } from '../../../../shared/domain';
import type { BoardActions } from '../board/useBoardActions';
import { formatCount, noteExcerpt } from '../ideaLabels';
import { ClusterMoveSelect } from './ClusterMoveSelect';

interface MultiNoteActionsProps {
  notes: readonly Idea[];
  clusters: readonly Cluster[];
  actions: BoardActions;
  headingId: string;
  language: string;
  onNewCluster: () => void;
  onClear: () => void;
}

/** Commands for several selected notes at once; each is one undo step. */
export function MultiNoteActions({ notes, clusters, actions, headingId, language, onNewCluster, onClear }: MultiNoteActionsProps) {
  const { t } = useTranslation();
  const onCanvas = notes.filter((idea) => idea.place === 'canvas');
  const inInbox = notes.filter((idea) => idea.place === 'inbox');
  const allChosen = notes.every((idea) => idea.selected);
  return (
    <div className="ideas-panel-body">
      <h2 id={headingId} tabIndex={-1} className="ideas-panel-title">
        {t('ideas.panel.manyTitle', { count: notes.length, formatted: formatCount(notes.length, language) })}
      </h2>
      <div className="ideas-panel-group">
        <ul className="ideas-panel-list">
          {notes.map((idea) => (
            <li key={idea.id}>{noteExcerpt(idea, t, 60)}</li>
          ))}
        </ul>
      </div>
      <div className="ideas-panel-group">
        <div className="ideas-panel-actions">
          <button type="button" className="btn btn-primary" onClick={onNewCluster}>
            <Group size={18} aria-hidden="true" /> {t('ideas.panel.clusterFromSelection')}
          </button>
          <ClusterMoveSelect clusters={clusters} currentId={null} onMove={(cluster) => void actions.moveToCluster(notes, cluster)} />
          {onCanvas.length > 0 ? (
            <button type="button" className="btn" onClick={() => void actions.sendToInbox(onCanvas)}>
              <Inbox size={18} aria-hidden="true" /> {t('ideas.panel.sendManyToInbox', { count: onCanvas.length })}
            </button>
          ) : null}
          {inInbox.length > 0 ? (
            <button type="button" className="btn" onClick={() => void actions.placeOnCanvas(inInbox)}>
              <ArrowRightToLine size={18} aria-hidden="true" /> {t('ideas.panel.placeManyOnCanvas', { count: inInbox.length })}
            </button>
          ) : null}
          <button type="button" className="btn" onClick={() => void actions.setChosen(notes, !allChosen)}>
            <Star size={18} aria-hidden="true" /> {t(allChosen ? 'ideas.panel.unchooseMany' : 'ideas.panel.chooseMany')}
          </button>
          <button type="button" className="btn btn-ghost" onClick={onClear}>
            <X size={18} aria-hidden="true" /> {t('ideas.panel.clearSelection')}
          </button>
        </div>
      </div>
    </div>
  );
}
