import { useCallback, useEffect, useId, useMemo, useRef, type FocusEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Background,
  BackgroundVariant,
  ConnectionMode,
  Controls,
  MiniMap,
  ReactFlow,
  useReactFlow,
  type Connection,
  type NodeChange,
  type OnNodeDrag,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import type { Relation, Stakeholder } from '../../../../shared/domain';
import { clampCoordinate } from '../../../../shared/logic/posterLayout';
import { applyChanges, updateRecord, type RecordMutation } from '../../../data';
import { personName } from '../posterLabels';
import { selectedIdOf, type PosterSelection } from '../posterSelection';
import { useFlowAriaLabels } from './useFlowAriaLabels';
import { isFullyVisible } from './canvasFocus';
import { EdgeSelectionContext } from './edgeSelectionContext';
import { PersonNode } from './PersonNode';
import { RegionNode } from './RegionNode';
import { RelationEdge } from './RelationEdge';
import { personCardSelector, type PosterFlowNode } from './posterFlowTypes';
import { useCanvasKeyboard } from './useCanvasKeyboard';
import { usePendingPositions } from './usePendingPositions';
import { usePosterEdges } from './usePosterEdges';
import { usePosterNodes } from './usePosterNodes';
import { useRelationConnect } from './useRelationConnect';

const NODE_TYPES = { person: PersonNode, region: RegionNode };
const EDGE_TYPES = { relation: RelationEdge };
const FIT_VIEW_OPTIONS = { padding: 0.08, maxZoom: 1.1 };
const MINIMAP_SIZE = { width: 150, height: 100 };

interface PosterCanvasProps {
  workshopId: string;
  accountName: string;
  ourName: string;
  people: readonly Stakeholder[];
  relations: readonly Relation[];
  selection: PosterSelection;
  onSelect: (selection: PosterSelection) => void;
  onRequestDelete: (person: Stakeholder) => void;
  announce: (message: string) => void;
  language: string;
  /** Positions the canvas should zoom to fit once they are stored (after an auto-arrangement). */
  fitWhenStored: ReadonlyMap<string, { x: number; y: number }> | null;
  onFitted: () => void;
}

/**
 * The poster drawn with React Flow. Nodes and edges are derived from the stored records on every
 * change; the only local state is a position being dragged or nudged until the database has it.
 */
export function PosterCanvas({ workshopId, accountName, ourName, people, relations, selection, onSelect, onRequestDelete, announce, language, fitWhenStored, onFitted }: PosterCanvasProps) {
  const { t } = useTranslation();
  const flow = useReactFlow<PosterFlowNode>();
  const container = useRef<HTMLDivElement>(null);
  const keyboardHintId = useId();
  const pending = usePendingPositions(people);
  const peopleById = useMemo(() => new Map(people.map((person) => [person.id, person])), [people]);
  const latestPeople = useRef(peopleById);
  useEffect(() => {
    latestPeople.current = peopleById;
  }, [peopleById]);

  const nodes = usePosterNodes({ people, accountName, ourName, selectedPersonId: selectedIdOf(selection, 'person'), pending, language, keyboardHintId });
  const edges = usePosterEdges(relations, people, selectedIdOf(selection, 'relation'));
  const ariaLabelConfig = useFlowAriaLabels();
  const { onConnect, isValidConnection } = useRelationConnect({ workshopId, people: peopleById, relations, onSelect, announce });

  const { hold, release } = pending;
  const onNodesChange = useCallback(
    (changes: NodeChange<PosterFlowNode>[]) => {
      // Only drags are taken from React Flow; selection is ours and everything else is derived.
      for (const change of changes) if (change.type === 'position' && change.dragging && change.position) hold(change.id, change.position);
    },
    [hold],
  );

  const onNodeDragStart: OnNodeDrag<PosterFlowNode> = useCallback(
    (_event, node) => {
      if (node.type === 'person') onSelect({ kind: 'person', id: node.id });
    },
    [onSelect],
  );

  const onNodeDragStop: OnNodeDrag<PosterFlowNode> = useCallback(
    (_event, _node, dragged) => {
      const moves: { person: Stakeholder; x: number; y: number }[] = [];
      for (const node of dragged) {
        const person = latestPeople.current.get(node.id);
        if (!person) continue;
        const x = clampCoordinate(node.position.x);
        const y = clampCoordinate(node.position.y);
        if (x === person.x && y === person.y) {
          release(person.id);
          continue;
        }
        hold(person.id, { x, y });
        moves.push({ person, x, y });
      }
      const first = moves[0];
      if (!first) return;
      // One drag is one undo step, whatever number of cards moved with it.
      const write = moves.length === 1
        ? updateRecord('stakeholders', first.person.id, { x: first.x, y: first.y }, t('poster.undo.move', { name: personName(first.person, t) }))
        : applyChanges(workshopId, t('poster.undo.moveMany', { count: moves.length }), moves.map(({ person, x, y }): RecordMutation => ({ type: 'update', kind: 'stakeholders', id: person.id, patch: { x, y } })));
      write.catch(() => moves.forEach(({ person }) => release(person.id)));
    },
    [hold, release, workshopId, t],
  );

  const revealCard = useCallback(
    (id: string) => {
      const viewport = container.current;
      const card = viewport?.querySelector(personCardSelector(id));
      if (!viewport || !card) return;
      requestAnimationFrame(() => {
        if (isFullyVisible(card, viewport)) return;
        const node = flow.getInternalNode(id);
        if (!node) return;
        const width = node.measured.width ?? 0;
        const height = node.measured.height ?? 0;
        void flow.setCenter(node.internals.positionAbsolute.x + width / 2, node.internals.positionAbsolute.y + height / 2, { zoom: flow.getZoom(), duration: 200 });
      });
    },
    [flow],
  );

  const onKeyDown = useCanvasKeyboard({ people: peopleById, selection, onSelect, onRequestDelete, pending, language, announce, revealCard });

  const onFocus = useCallback(
    (event: FocusEvent<HTMLDivElement>) => {
      const target = event.target;
      if (target instanceof HTMLElement && target.classList.contains('react-flow__node-person') && target.dataset.id) revealCard(target.dataset.id);
    },
    [revealCard],
  );

  useEffect(() => {
    if (!fitWhenStored) return;
    const settled = [...fitWhenStored].every(([id, position]) => {
      const person = peopleById.get(id);
      return person !== undefined && person.x === position.x && person.y === position.y;
    });
    if (!settled) return;
    // Wait one frame so React Flow has the new positions before measuring the view.
    const frame = requestAnimationFrame(() => {
      void flow.fitView({ ...FIT_VIEW_OPTIONS, duration: 300 });
      onFitted();
    });
    return () => cancelAnimationFrame(frame);
  }, [fitWhenStored, peopleById, flow, onFitted]);

  const selectRelation = useCallback((id: string) => onSelect({ kind: 'relation', id }), [onSelect]);

  return (
    <div className="poster-canvas" ref={container}>
      <p id={keyboardHintId} className="visually-hidden">{t('poster.canvas.keyboardHint')}</p>
      <EdgeSelectionContext.Provider value={selectRelation}>
        <ReactFlow<PosterFlowNode>
          aria-label={t('poster.canvas.label', { name: accountName })}
          nodes={nodes}
          edges={edges}
          nodeTypes={NODE_TYPES}
          edgeTypes={EDGE_TYPES}
          onNodesChange={onNodesChange}
          onNodeDragStart={onNodeDragStart}
          onNodeDragStop={onNodeDragStop}
          onNodeClick={(_event, node) => {
            if (node.type === 'person') onSelect({ kind: 'person', id: node.id });
          }}
          onEdgeClick={(_event, edge) => selectRelation(edge.id)}
          onPaneClick={() => onSelect(null)}
          onConnect={(connection: Connection) => onConnect(connection)}
          isValidConnection={isValidConnection}
          connectionMode={ConnectionMode.Loose}
          onKeyDown={onKeyDown}
          onFocus={onFocus}
          deleteKeyCode={null}
          selectionKeyCode={null}
          multiSelectionKeyCode={null}
          panActivationKeyCode={null}
          disableKeyboardA11y
          nodesFocusable
          edgesFocusable={false}
          minZoom={0.2}
          maxZoom={2}
          fitView
          fitViewOptions={FIT_VIEW_OPTIONS}
          ariaLabelConfig={ariaLabelConfig}
          proOptions={{ hideAttribution: true }}
        >
          <Background variant={BackgroundVariant.Dots} gap={24} size={1.5} />
          <MiniMap<PosterFlowNode>
            style={MINIMAP_SIZE}
            pannable
            zoomable
            nodeColor={(node) => (node.type === 'region' ? 'transparent' : `var(--poster-minimap-${node.type === 'person' ? node.data.person.side : 'customer'})`)}
            nodeStrokeColor={(node) => (node.type === 'region' ? 'var(--color-border-strong)' : 'transparent')}
            nodeStrokeWidth={3}
          />
          <Controls showInteractive={false} fitViewOptions={{ ...FIT_VIEW_OPTIONS, duration: 300 }} />
        </ReactFlow>
      </EdgeSelectionContext.Provider>
    </div>
  );
}
