import { memo, useCallback, useId, useMemo, useRef, type FocusEvent, type MouseEvent as ReactMouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Background, BackgroundVariant, Controls, MiniMap, Panel, ReactFlow, useReactFlow, useStore, type ReactFlowState } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import type { Idea } from '../../../../shared/domain';
import { MIN_CLUSTER_SIZE } from '../../../../shared/logic/ideaBoard';
import { clampCoordinate } from '../../../../shared/logic/posterLayout';
import { updateRecord } from '../../../data';
import { clusterName } from '../ideaLabels';
import type { IdeasData } from '../useIdeasData';
import type { Announce } from '../useAnnouncer';
import type { BoardSelectionControls } from '../board/useBoardSelection';
import { ClusterNode } from './ClusterNode';
import { isFullyVisible } from './canvasFocus';
import { boardNodeSelector, FrameResizeContext, type FrameResizeHandlers, type IdeaFlowNode } from './ideaFlowTypes';
import { NearNoteCarry } from './carry/NearNoteCarry';
import { FarNoteLayer } from './far/FarNoteLayer';
import { NoteNode } from './NoteNode';
import { useFrameDrag } from './useFrameDrag';
import { useCanvasKeyboard } from './useCanvasKeyboard';
import { useIdeaFlowAriaLabels } from './useIdeaFlowAriaLabels';
import { useIdeaNodes } from './useIdeaNodes';
import { usePendingGeometry } from './usePendingGeometry';

const NODE_TYPES = { note: NoteNode, cluster: ClusterNode };
/** Opening a large board fits it, but never zooms out so far that notes become unreadable specks. */
export const FIT_VIEW_OPTIONS = { padding: 0.06, maxZoom: 1, minZoom: 0.3 };
/** The "fit" button shows the whole board, however small that makes the notes. */
const FIT_WHOLE_BOARD = { padding: 0.06, maxZoom: 1, duration: 300 };
const MINIMAP_SIZE = { width: 140, height: 90 };
/**
 * The overview map redraws every note on every change; past this many notes it costs more per pointer
 * move than the board itself (and shows specks), so large boards go without it.
 */
const MINIMAP_MAX_NOTES = 300;
const NO_EDGES: never[] = [];
/**
 * Below this zoom a note's words are a few pixels high and cannot be read: notes are drawn as plain
 * coloured cards on one canvas (FarNoteLayer; their nodes and spoken labels stay for the keyboard),
 * which keeps panning and dragging fluid on big boards.
 */
const FAR_ZOOM = 0.3;
const isFar = (state: ReactFlowState) => state.transform[2] < FAR_ZOOM;

interface IdeaCanvasProps {
  data: IdeasData;
  ideasById: ReadonlyMap<string, Idea>;
  /** The notes placed on the canvas. */
  notes: readonly Idea[];
  selection: BoardSelectionControls;
  onlyChosen: boolean;
  inboxElement: () => HTMLElement | null;
  onInboxHover: (over: boolean) => void;
  announce: Announce;
  onOpenDetails: () => void;
}

/**
 * The board drawn with React Flow: cluster frames behind, notes on top. Nodes are derived from the
 * stored records on every change; the only local state is a position or size being edited until the
 * database has it. Off-screen nodes are not rendered, so boards of thousands of notes stay fluid.
 */
function IdeaCanvasView({ data, ideasById, notes, selection, onlyChosen, inboxElement, onInboxHover, announce, onOpenDetails }: IdeaCanvasProps) {
  const { t } = useTranslation();
  const flow = useReactFlow<IdeaFlowNode>();
  const container = useRef<HTMLDivElement>(null);
  const keyboardHintId = useId();
  const { workshop, ideas, clusters, clustersById, participantsById, revealedDots } = data;
  const language = workshop.language;
  const selectedNoteIds = useMemo(() => new Set(selection.noteIds), [selection.noteIds]);
  // Held here, not higher up: dragging a frame re-renders the canvas on every pointer move, and nothing
  // else. (Notes are carried without re-rendering anything: see carry/.)
  const pending = usePendingGeometry(ideas, clusters);

  const nodes = useIdeaNodes({
    notes,
    clusters,
    participants: participantsById,
    clustersById,
    selectedNoteIds,
    selectedClusterId: selection.clusterId,
    onlyChosen,
    revealedDots,
    pending,
    language,
    keyboardHintId,
  });
  const ariaLabelConfig = useIdeaFlowAriaLabels();
  const drag = useFrameDrag({ workshopId: workshop.id, ideas, clustersById, pending, selection });

  const revealNode = useCallback(
    (id: string) => {
      requestAnimationFrame(() => {
        const viewport = container.current;
        const element = viewport?.querySelector(boardNodeSelector(id));
        if (!viewport || !element || isFullyVisible(element, viewport)) return;
        const node = flow.getInternalNode(id);
        if (!node) return;
        const width = node.measured.width ?? 0;
        const height = node.measured.height ?? 0;
        void flow.setCenter(node.internals.positionAbsolute.x + width / 2, node.internals.positionAbsolute.y + height / 2, { zoom: flow.getZoom(), duration: 150 });
      });
    },
    [flow],
  );

  const onKeyDown = useCanvasKeyboard({ workshopId: workshop.id, ideas, ideasById, clusters, clustersById, selection, pending, language, announce, revealNode, onOpenDetails });

  const { holdPositions, holdSize } = pending;
  const resizeHandlers = useMemo<FrameResizeHandlers>(
    () => ({
      onResize: (id, frame) => {
        holdPositions([[id, { x: frame.x, y: frame.y }]]);
        holdSize(id, { width: frame.width, height: frame.height });
      },
      onResizeEnd: (id, frame) => {
        const cluster = clustersById.get(id);
        if (!cluster) return;
        const patch = {
          x: clampCoordinate(frame.x),
          y: clampCoordinate(frame.y),
          width: Math.max(MIN_CLUSTER_SIZE.width, Math.round(frame.width)),
          height: Math.max(MIN_CLUSTER_SIZE.height, Math.round(frame.height)),
        };
        holdPositions([[id, { x: patch.x, y: patch.y }]]);
        holdSize(id, { width: patch.width, height: patch.height });
        void updateRecord('clusters', id, patch, t('ideas.undo.resizeCluster', { name: clusterName(cluster, t) }));
      },
    }),
    [clustersById, holdPositions, holdSize, t],
  );

  // Notes take their clicks through the note carry (carry/useNoteCarry); a frame is selected here.
  const onNodeClick = useCallback(
    (_event: ReactMouseEvent, node: IdeaFlowNode) => {
      if (node.type === 'cluster') selection.selectCluster(node.id);
    },
    [selection],
  );

  const onFocus = useCallback(
    (event: FocusEvent<HTMLDivElement>) => {
      const target = event.target;
      if (target instanceof HTMLElement && target.classList.contains('react-flow__node') && target.dataset.id) revealNode(target.dataset.id);
    },
    [revealNode],
  );

  const carryOptions = { surface: container, workshopId: workshop.id, ideas, ideasById, clusters, pending, selection, onlyChosen, inboxElement, onInboxHover, announce };
  const empty = notes.length === 0 && clusters.length === 0;
  const far = useStore(isFar);

  return (
    <div className={far ? 'ideas-canvas is-far' : 'ideas-canvas'} ref={container}>
      <p id={keyboardHintId} className="visually-hidden">{t('ideas.canvas.keyboardHint')}</p>
      <FrameResizeContext.Provider value={resizeHandlers}>
        <ReactFlow<IdeaFlowNode>
          aria-label={t('ideas.canvas.label')}
          nodes={nodes}
          edges={NO_EDGES}
          nodeTypes={NODE_TYPES}
          onNodesChange={drag.onNodesChange}
          onNodeDragStart={drag.onNodeDragStart}
          onNodeDrag={drag.onNodeDrag}
          onNodeDragStop={drag.onNodeDragStop}
          onNodeClick={onNodeClick}
          onPaneClick={selection.clear}
          onKeyDown={onKeyDown}
          onFocus={onFocus}
          onlyRenderVisibleElements
          elevateNodesOnSelect={false}
          selectNodesOnDrag={false}
          deleteKeyCode={null}
          selectionKeyCode={null}
          multiSelectionKeyCode={null}
          panActivationKeyCode={null}
          zoomOnDoubleClick={false}
          disableKeyboardA11y
          nodesFocusable
          nodesConnectable={false}
          edgesFocusable={false}
          minZoom={0.1}
          maxZoom={2}
          fitView
          fitViewOptions={FIT_VIEW_OPTIONS}
          ariaLabelConfig={ariaLabelConfig}
          proOptions={{ hideAttribution: true }}
        >
          <Background variant={BackgroundVariant.Dots} gap={24} size={1.5} />
          {empty ? (
            <Panel position="top-center" className="ideas-canvas-empty">
              {t('ideas.canvas.empty')}
            </Panel>
          ) : null}
          {notes.length <= MINIMAP_MAX_NOTES ? (
          <MiniMap<IdeaFlowNode>
            style={MINIMAP_SIZE}
            pannable
            zoomable
            nodeColor={(node) => (node.type === 'cluster' ? 'transparent' : 'var(--color-border-strong)')}
            nodeStrokeColor={(node) => (node.type === 'cluster' ? 'var(--color-primary)' : 'transparent')}
            nodeStrokeWidth={4}
          />
          ) : null}
          <Controls showInteractive={false} fitViewOptions={FIT_WHOLE_BOARD} />
          {far ? <FarNoteLayer nodes={nodes} {...carryOptions} /> : <NearNoteCarry {...carryOptions} />}
        </ReactFlow>
      </FrameResizeContext.Provider>
    </div>
  );
}

/** Memoised: a drag between inbox and canvas re-renders the board around it, never the notes. */
export const IdeaCanvas = memo(IdeaCanvasView);
