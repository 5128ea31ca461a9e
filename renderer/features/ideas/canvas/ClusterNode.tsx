import { memo, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { NodeResizer, type NodeProps } from '@xyflow/react';
import { GripHorizontal } from 'lucide-react';
import { MIN_CLUSTER_SIZE } from '../../../../shared/logic/ideaBoard';
import { formatCount } from '../ideaLabels';
import { FrameResizeContext, type ClusterFlowNode } from './ideaFlowTypes';

/**
 * A cluster's frame. Only its title bar grabs the pointer (to move the frame with its notes); the rest
 * lets clicks and pans through to the canvas, so notes inside stay easy to reach.
 */
function ClusterNodeView({ id, data, selected }: NodeProps<ClusterFlowNode>) {
  const { t } = useTranslation();
  const resize = useContext(FrameResizeContext);
  const { name, count, colour, language } = data;
  return (
    <div className={`idea-cluster colour-${colour}${selected ? ' is-selected' : ''}`}>
      <NodeResizer
        isVisible={selected}
        minWidth={MIN_CLUSTER_SIZE.width}
        minHeight={MIN_CLUSTER_SIZE.height}
        lineClassName="idea-cluster-resize-line"
        handleClassName="idea-cluster-resize-handle"
        onResize={(_event, params) => resize?.onResize(id, params)}
        onResizeEnd={(_event, params) => resize?.onResizeEnd(id, params)}
      />
      <div className="idea-cluster-title" aria-hidden="true">
        <GripHorizontal size={16} className="idea-cluster-grip" />
        <span className="idea-cluster-name">{name}</span>
        <span className="idea-cluster-count">{t('ideas.cluster.noteCount', { count, formatted: formatCount(count, language) })}</span>
      </div>
    </div>
  );
}

export const ClusterNode = memo(ClusterNodeView);
