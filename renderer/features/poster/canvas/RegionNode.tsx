import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { RegionFlowNode } from './posterFlowTypes';

/** The background area of one side of the poster, with its title; it cannot be selected or moved. */
function RegionNodeView({ data }: NodeProps<RegionFlowNode>) {
  return (
    <div className={`poster-region poster-region-${data.side}`}>
      <span className="poster-region-title">{data.title}</span>
      {data.organisation ? <span className="poster-region-organisation">{data.organisation}</span> : null}
      {data.emptyHint ? <span className="poster-region-empty">{data.emptyHint}</span> : null}
    </div>
  );
}

export const RegionNode = memo(RegionNodeView);
