import { useTranslation } from 'react-i18next';
import type { Idea } from '../../../../shared/domain';
import type { BoardActions } from '../board/useBoardActions';
import type { BoardSelectionControls } from '../board/useBoardSelection';
import { membersOf } from '../board/boardMutations';
import type { IdeasData } from '../useIdeasData';
import { ClusterDetails } from './ClusterDetails';
import { MultiNoteActions } from './MultiNoteActions';
import { NoteDetails } from './NoteDetails';

interface SelectionPanelProps {
  data: IdeasData;
  ideasById: ReadonlyMap<string, Idea>;
  selection: BoardSelectionControls;
  actions: BoardActions;
  headingId: string;
  onNewCluster: () => void;
}

/** Beside (or below) the canvas: what is selected, to edit and act on; a short guide when nothing is. */
export function SelectionPanel({ data, ideasById, selection, actions, headingId, onNewCluster }: SelectionPanelProps) {
  const { t } = useTranslation();
  const notes = selection.noteIds.map((id) => ideasById.get(id)).filter((idea): idea is Idea => idea !== undefined);
  const cluster = selection.clusterId ? data.clustersById.get(selection.clusterId) : undefined;
  const first = notes[0];

  let body;
  if (cluster) {
    body = (
      <ClusterDetails
        cluster={cluster}
        members={membersOf(cluster.id, data.ideas)}
        workshopId={data.workshop.id}
        language={data.workshop.language}
        actions={actions}
        headingId={headingId}
        onSelectNotes={selection.selectNotes}
      />
    );
  } else if (notes.length > 1) {
    body = <MultiNoteActions notes={notes} clusters={data.clusters} actions={actions} headingId={headingId} language={data.workshop.language} onNewCluster={onNewCluster} onClear={selection.clear} />;
  } else if (first) {
    body = <NoteDetails idea={first} data={data} actions={actions} headingId={headingId} />;
  } else {
    body = (
      <div className="ideas-panel-body">
        <h2 id={headingId} tabIndex={-1} className="ideas-panel-title">{t('ideas.panel.nothingTitle')}</h2>
        <p className="muted">{t('ideas.panel.nothingBody')}</p>
        <ul className="ideas-key-list">
          <li>{t('ideas.panel.keyEnter')}</li>
          <li>{t('ideas.panel.keySpace')}</li>
          <li>{t('ideas.panel.keyArrows')}</li>
          <li>{t('ideas.panel.keyEscape')}</li>
          <li>{t('ideas.panel.keyMouse')}</li>
        </ul>
      </div>
    );
  }
  return (
    <aside className="ideas-panel card" aria-labelledby={headingId} data-testid="ideas-panel">
      {body}
    </aside>
  );
}
