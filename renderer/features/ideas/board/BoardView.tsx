import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReactFlowProvider, useReactFlow } from '@xyflow/react';
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragStartEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import type { Idea } from '../../../../shared/domain';
import { clusterAt, freeSlotNear, NOTE_SIZE, type ColourKey, type Point } from '../../../../shared/logic/ideaBoard';
import { clampCoordinate } from '../../../../shared/logic/posterLayout';
import { updateRecord } from '../../../data';
import { focusBoardNode } from '../canvas/canvasFocus';
import { IdeaCanvas } from '../canvas/IdeaCanvas';
import type { IdeaFlowNode } from '../canvas/ideaFlowTypes';
import { authorLabel, noteExcerpt } from '../ideaLabels';
import { SelectionPanel } from '../panel/SelectionPanel';
import { useAnnouncer } from '../useAnnouncer';
import type { IdeasData } from '../useIdeasData';
import { BoardToolbar } from './BoardToolbar';
import { boardAnnouncements, CANVAS_ZONE, jumpBetweenZones, pointerThenOverlap } from './boardDnd';
import { CanvasDropZone } from './CanvasDropZone';
import { CaptureBar } from './CaptureBar';
import { InboxPanel } from './InboxPanel';
import { NewClusterDialog } from './NewClusterDialog';
import { NotePreview } from './NotePreview';
import { useBoardActions } from './useBoardActions';
import { useBoardSelection } from './useBoardSelection';
import { EarlyDragKeyHold } from '../../../components/dnd/EarlyDragKeyHold';

/** The board: rapid capture, the inbox, the canvas with its clusters, and the selected note's details. */
export function BoardView({ data }: { data: IdeasData }) {
  return (
    <ReactFlowProvider>
      <Board data={data} />
    </ReactFlowProvider>
  );
}

function Board({ data }: { data: IdeasData }) {
  const { t } = useTranslation();
  const flow = useReactFlow<IdeaFlowNode>();
  const { workshop, ideas, clusters, participants, participantsById } = data;
  const language = workshop.language;
  const panelHeadingId = useId();
  const inboxElement = useRef<HTMLElement | null>(null);
  const canvasArea = useRef<HTMLDivElement>(null);
  const [onlyChosen, setOnlyChosen] = useState(false);
  const [inboxHover, setInboxHover] = useState(false);
  const [carriedId, setCarriedId] = useState<string | null>(null);
  const [newClusterOpen, setNewClusterOpen] = useState(false);
  const { announce, liveRegion } = useAnnouncer();

  const ideasById = useMemo(() => new Map(ideas.map((idea) => [idea.id, idea])), [ideas]);
  const noteIdSet = useMemo(() => new Set(ideasById.keys()), [ideasById]);
  const clusterIdSet = useMemo(() => new Set(data.clustersById.keys()), [data.clustersById]);
  const canvasNotes = useMemo(() => ideas.filter((idea) => idea.place === 'canvas'), [ideas]);
  const inboxNotes = useMemo(() => ideas.filter((idea) => idea.place === 'inbox' && (!onlyChosen || idea.selected)), [ideas, onlyChosen]);
  const chosenCount = useMemo(() => ideas.filter((idea) => idea.selected).length, [ideas]);
  const selection = useBoardSelection(noteIdSet, clusterIdSet);
  const selectedIds = useMemo(() => new Set(selection.noteIds), [selection.noteIds]);

  /** The middle of the visible canvas in canvas units, as the top-left corner of a note placed there. */
  const canvasCentre = useCallback((): Point => {
    const rect = canvasArea.current?.querySelector('.ideas-canvas')?.getBoundingClientRect();
    if (!rect) return { x: 0, y: 0 };
    const centre = flow.screenToFlowPosition({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
    return { x: Math.round(centre.x - NOTE_SIZE.width / 2), y: Math.round(centre.y - NOTE_SIZE.height / 2) };
  }, [flow]);
  const actions = useBoardActions({ workshopId: workshop.id, ideas, clusters, canvasCentre, announce });

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: jumpBetweenZones }),
  );
  const latestIdeas = useRef(ideasById);
  latestIdeas.current = ideasById;
  const accessibility = useMemo(
    () => ({
      announcements: boardAnnouncements(t, (id: UniqueIdentifier) => {
        const idea = latestIdeas.current.get(String(id));
        return idea ? noteExcerpt(idea, t) : '';
      }),
      screenReaderInstructions: { draggable: t('ideas.dnd.instructions') },
    }),
    [t],
  );

  const onDragStart = ({ active }: DragStartEvent) => setCarriedId(String(active.id));
  const onDragEnd = ({ active, over, activatorEvent }: DragEndEvent) => {
    setCarriedId(null);
    const idea = ideasById.get(String(active.id));
    if (!idea || idea.place !== 'inbox' || over?.id !== CANVAS_ZONE) return;
    const dropped = active.rect.current.translated;
    const byKeyboard = activatorEvent instanceof KeyboardEvent;
    let position: Point;
    if (dropped && !byKeyboard) {
      const corner = flow.screenToFlowPosition({ x: dropped.left, y: dropped.top });
      position = { x: clampCoordinate(corner.x), y: clampCoordinate(corner.y) };
    } else {
      position = freeSlotNear(canvasCentre(), canvasNotes);
    }
    const excerpt = noteExcerpt(idea, t);
    void updateRecord(
      'ideas',
      idea.id,
      { place: 'canvas', x: position.x, y: position.y, clusterId: clusterAt(position, clusters)?.id ?? null },
      t('ideas.undo.toCanvas', { count: 1, text: excerpt }),
    ).then(() => {
      selection.selectOnly(idea.id);
      if (byKeyboard) focusBoardNode(canvasArea.current, idea.id);
    });
  };

  const onInboxSelect = useCallback((id: string, additive: boolean) => (additive ? selection.toggle(id) : selection.selectOnly(id)), [selection]);
  const getInbox = useCallback(() => inboxElement.current, []);
  const openDetails = useCallback(() => document.getElementById(panelHeadingId)?.focus(), [panelHeadingId]);

  const selectedNotes = selection.noteIds.map((id) => ideasById.get(id)).filter((idea): idea is Idea => idea !== undefined);
  const createCluster = (name: string, colour: ColourKey) => {
    setNewClusterOpen(false);
    void actions.createCluster(name, colour, selectedNotes).then((id) => {
      selection.selectCluster(id);
      focusBoardNode(canvasArea.current, id);
    });
  };

  const carried = carriedId ? ideasById.get(carriedId) : undefined;

  return (
    <div className="ideas-board">
      <CaptureBar
        workshopId={workshop.id}
        ideas={ideas}
        clusters={clusters}
        participants={participants}
        participantsById={participantsById}
        canvasCentre={canvasCentre}
        announce={announce}
      />
      <BoardToolbar
        onCanvas={canvasNotes.length}
        inInbox={ideas.length - canvasNotes.length}
        chosen={chosenCount}
        onlyChosen={onlyChosen}
        onToggleOnlyChosen={() => setOnlyChosen((value) => !value)}
        selectedNotes={selectedNotes.length}
        onNewCluster={() => setNewClusterOpen(true)}
        language={language}
      />
      <DndContext sensors={sensors} collisionDetection={pointerThenOverlap} accessibility={accessibility} onDragStart={onDragStart} onDragEnd={onDragEnd} onDragCancel={() => setCarriedId(null)}>
        <EarlyDragKeyHold />
        <div className="ideas-workspace" ref={canvasArea}>
          <InboxPanel
            ref={inboxElement}
            notes={inboxNotes}
            participants={participantsById}
            selectedIds={selectedIds}
            onSelect={onInboxSelect}
            highlighted={inboxHover}
            language={language}
          />
          <CanvasDropZone>
            <IdeaCanvas
              data={data}
              ideasById={ideasById}
              notes={canvasNotes}
              selection={selection}
              onlyChosen={onlyChosen}
              inboxElement={getInbox}
              onInboxHover={setInboxHover}
              announce={announce}
              onOpenDetails={openDetails}
            />
          </CanvasDropZone>
          <SelectionPanel data={data} ideasById={ideasById} selection={selection} actions={actions} headingId={panelHeadingId} onNewCluster={() => setNewClusterOpen(true)} />
        </div>
        <DragOverlay dropAnimation={null}>{carried ? <NotePreview idea={carried} author={authorLabel(carried, participantsById, t)} /> : null}</DragOverlay>
      </DndContext>
      <NewClusterDialog open={newClusterOpen} noteCount={selectedNotes.length} onClose={() => setNewClusterOpen(false)} onCreate={createCluster} />
      {liveRegion}
    </div>
  );
}
