import { createContext } from 'react';
import type { Node } from '@xyflow/react';
import type { Cluster, Idea } from '../../../../shared/domain';
import type { ColourKey } from '../../../../shared/logic/ideaBoard';

/** The node shapes the idea board hands to React Flow. */

/** Words on a note, translated once per board rather than once per note. */
export interface NoteWords {
  empty: string;
  chosen: string;
  ratingsTitle: string;
  ratings: (impact: number | null, effort: number | null) => string;
}

export type NoteNodeData = {
  idea: Idea;
  author: string;
  colour: ColourKey;
  /** Dots on the note once the vote is revealed; null while the result is hidden. */
  dots: number | null;
  language: string;
  words: NoteWords;
};
export type NoteFlowNode = Node<NoteNodeData, 'note'>;

export type ClusterNodeData = { cluster: Cluster; name: string; count: number; colour: ColourKey; language: string };
export type ClusterFlowNode = Node<ClusterNodeData, 'cluster'>;

export type IdeaFlowNode = NoteFlowNode | ClusterFlowNode;

export interface FrameResizeHandlers {
  onResize: (id: string, frame: { x: number; y: number; width: number; height: number }) => void;
  onResizeEnd: (id: string, frame: { x: number; y: number; width: number; height: number }) => void;
}

/** Resizing a frame reaches the canvas through context, so node data stays free of callbacks. */
export const FrameResizeContext = createContext<FrameResizeHandlers | null>(null);

/** CSS selector of a node's focusable wrapper, as React Flow renders it. */
export function boardNodeSelector(id: string): string {
  return `.react-flow__node[data-id="${CSS.escape(id)}"]`;
}
