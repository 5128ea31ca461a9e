import { memo, useContext } from 'react';
import { BaseEdge, EdgeLabelRenderer, getStraightPath, useInternalNode, type EdgeProps, type InternalNode } from '@xyflow/react';
import { borderPoint, POSTER_CARD_SIZE, type Rect } from '../../../../shared/logic/posterLayout';
import { EdgeSelectionContext } from './edgeSelectionContext';
import type { PersonFlowNode, RelationFlowEdge } from './posterFlowTypes';

/** Line weight by strength 1 (weak) to 3 (strong). */
const STROKE_WIDTHS: Readonly<Record<number, number>> = { 1: 1.5, 2: 3, 3: 5 };

function rectOf(node: InternalNode<PersonFlowNode>): Rect {
  return {
    x: node.internals.positionAbsolute.x,
    y: node.internals.positionAbsolute.y,
    width: node.measured.width ?? POSTER_CARD_SIZE.width,
    height: node.measured.height ?? POSTER_CARD_SIZE.height,
  };
}

function centreOf(rect: Rect) {
  return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
}

/**
 * A relation drawn from card edge to card edge (not from fixed handles), so it stays short and clear
 * however the cards are placed; its verb sits on the middle of the line.
 */
function RelationEdgeView({ id, source, target, data, selected, markerEnd }: EdgeProps<RelationFlowEdge>) {
  const sourceNode = useInternalNode<PersonFlowNode>(source);
  const targetNode = useInternalNode<PersonFlowNode>(target);
  const select = useContext(EdgeSelectionContext);
  if (!sourceNode || !targetNode || !data) return null;
  const sourceRect = rectOf(sourceNode);
  const targetRect = rectOf(targetNode);
  const start = borderPoint(sourceRect, centreOf(targetRect));
  const end = borderPoint(targetRect, centreOf(sourceRect));
  const [path, labelX, labelY] = getStraightPath({ sourceX: start.x, sourceY: start.y, targetX: end.x, targetY: end.y });
  const type = data.relation.type;
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        className={`poster-edge poster-edge-${type}${selected ? ' is-selected' : ''}`}
        style={{ strokeWidth: STROKE_WIDTHS[data.relation.strength] ?? 3 }}
        interactionWidth={18}
      />
      <EdgeLabelRenderer>
        <div
          className={`poster-edge-label poster-edge-label-${type}${selected ? ' is-selected' : ''} nodrag nopan`}
          style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          title={data.description}
          onClick={() => select(data.relation.id)}
        >
          {data.verb}
        </div>
      </EdgeLabelRenderer>
    </>
  );
}

export const RelationEdge = memo(RelationEdgeView);
