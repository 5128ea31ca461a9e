import { useTranslation } from 'react-i18next';
import { Maximize2, MousePointerClick } from 'lucide-react';
import type { Cluster, Idea } from '../../../../shared/domain';
import { CLUSTER_COLOURS, nearestColourKey } from '../../../../shared/logic/ideaBoard';
import { DeleteRecordButton } from '../../../components/DeleteRecordButton';
import { RecordTextField } from '../../../components/fields';
import { updateRecord } from '../../../data';
import { ColourChoice } from '../board/ColourChoice';
import type { BoardActions } from '../board/useBoardActions';
import { clusterName, formatCount } from '../ideaLabels';

interface ClusterDetailsProps {
  cluster: Cluster;
  members: readonly Idea[];
  workshopId: string;
  language: string;
  actions: BoardActions;
  headingId: string;
  onSelectNotes: (ids: readonly string[]) => void;
}

/** A cluster's name and colour, and the commands on its frame. Deleting it keeps its notes, unlinked. */
export function ClusterDetails({ cluster, members, workshopId, language, actions, headingId, onSelectNotes }: ClusterDetailsProps) {
  const { t } = useTranslation();
  const name = clusterName(cluster, t);
  return (
    <div className="ideas-panel-body" key={cluster.id}>
      <div className="ideas-panel-head">
        <h2 id={headingId} tabIndex={-1} className="ideas-panel-title">{t('ideas.panel.clusterTitle')}</h2>
        <DeleteRecordButton kind="clusters" id={cluster.id} workshopId={workshopId} name={t('ideas.panel.deleteClusterName', { name })} undoLabel={t('ideas.undo.deleteCluster', { name })} />
      </div>
      <p className="muted ideas-panel-where">{t('ideas.panel.clusterNotes', { count: members.length, formatted: formatCount(members.length, language) })}</p>
      <div className="ideas-panel-group">
        <RecordTextField kind="clusters" record={cluster} field="name" label={t('ideas.panel.clusterName')} undoLabel={t('ideas.undo.renameCluster')} />
        <ColourChoice
          legend={t('ideas.panel.colour')}
          value={nearestColourKey(cluster.colour, CLUSTER_COLOURS)}
          kind="cluster"
          onChange={(colour) => void updateRecord('clusters', cluster.id, { colour: CLUSTER_COLOURS[colour] }, t('ideas.undo.clusterColour', { name }))}
        />
      </div>
      <div className="ideas-panel-group">
        <p className="muted ideas-panel-note">{t('ideas.panel.clusterHint')}</p>
        <div className="ideas-panel-actions">
          <button type="button" className="btn" disabled={members.length === 0} onClick={() => onSelectNotes(members.map((idea) => idea.id))}>
            <MousePointerClick size={18} aria-hidden="true" /> {t('ideas.panel.selectClusterNotes')}
          </button>
          <button type="button" className="btn" disabled={members.length === 0} onClick={() => void actions.fitFrameToNotes(cluster)}>
            <Maximize2 size={18} aria-hidden="true" /> {t('ideas.panel.fitFrame')}
          </button>
        </div>
      </div>
    </div>
  );
}
