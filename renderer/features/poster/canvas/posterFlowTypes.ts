import type { Edge, Node } from '@xyflow/react';
import type { Relation, Stakeholder, StakeholderSide } from '../../../../shared/domain';

/** The node and edge shapes the poster hands to React Flow. */

export type PersonNodeData = { person: Stakeholder; language: string };
export type PersonFlowNode = Node<PersonNodeData, 'person'>;

export type RegionNodeData = { side: StakeholderSide; title: string; organisation: string; emptyHint: string };
export type RegionFlowNode = Node<RegionNodeData, 'region'>;

export type PosterFlowNode = PersonFlowNode | RegionFlowNode;

export type RelationEdgeData = { relation: Relation; verb: string; description: string };
export type RelationFlowEdge = Edge<RelationEdgeData, 'relation'>;

export const REGION_NODE_PREFIX = 'region-';

/** CSS selector of a person card's focusable wrapper, as React Flow renders it. */
export function personCardSelector(id: string): string {
  return `.react-flow__node-person[data-id="${CSS.escape(id)}"]`;
}
