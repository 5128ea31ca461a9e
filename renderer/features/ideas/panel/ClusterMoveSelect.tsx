import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cluster } from '../../../../shared/domain';
import { clusterName } from '../ideaLabels';

const CHOOSE = '';

/**
 * "Move to cluster…": the keyboard and menu alternative to dragging notes into a frame. The move waits
 * for the button, so running through the list with the arrow keys moves nothing by accident.
 */
export function ClusterMoveSelect({ clusters, currentId, onMove }: { clusters: readonly Cluster[]; currentId: string | null; onMove: (cluster: Cluster) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [targetId, setTargetId] = useState(CHOOSE);
  const targets = clusters.filter((cluster) => cluster.id !== currentId);
  const target = targets.find((candidate) => candidate.id === targetId);
  if (targets.length === 0) return <p className="muted ideas-panel-note">{t('ideas.panel.noClusters')}</p>;
  return (
    <div className="ideas-move-cluster">
      <div className="field">
        <label htmlFor={id}>{t('ideas.panel.moveToCluster')}</label>
        <select id={id} className="select" value={target ? target.id : CHOOSE} onChange={(event) => setTargetId(event.target.value)}>
          <option value={CHOOSE}>{t('ideas.panel.chooseCluster')}</option>
          {targets.map((cluster) => (
            <option key={cluster.id} value={cluster.id}>{clusterName(cluster, t)}</option>
          ))}
        </select>
      </div>
      <button
        type="button"
        className="btn"
        aria-disabled={!target}
        onClick={() => {
          if (!target) return;
          onMove(target);
          setTargetId(CHOOSE);
        }}
      >
        {t('ideas.panel.move')}
      </button>
    </div>
  );
}
