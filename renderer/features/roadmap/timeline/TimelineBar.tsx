import { memo, useCallback, type KeyboardEvent } from 'react';
import { useDraggable } from '@dnd-kit/core';
import { AlertTriangle } from 'lucide-react';
import type { Initiative } from '../../../../shared/domain';
import type { PlacedBar } from './timelineGeometry';

export interface BarDragData {
  initiativeId: string;
  mode: 'move' | 'resize';
}

interface TimelineBarProps {
  placed: PlacedBar;
  initiative: Initiative;
  label: string;
  ariaLabel: string;
  roleDescription: string;
  hasWarning: boolean;
  isTabStop: boolean;
  isDragging: boolean;
  /** Returns true when the key was a timeline command (move, resize, open, go to another bar). */
  onKey: (event: KeyboardEvent<HTMLDivElement>, initiativeId: string) => boolean;
  onOpen: (initiativeId: string) => void;
  onFocusBar: (initiativeId: string) => void;
  registerNode: (initiativeId: string, node: HTMLDivElement | null) => void;
}

/**
 * One initiative on the timeline: the label above, the bar (dragged to move it) and a grip at its
 * end (dragged to change the end). The bar is the keyboard stop; the grip is for pointers only,
 * because Shift with the arrows does the same from the keyboard.
 */
export const TimelineBar = memo(function TimelineBar({ placed, initiative, label, ariaLabel, roleDescription, hasWarning, isTabStop, isDragging, onKey, onOpen, onFocusBar, registerNode }: TimelineBarProps) {
  const move = useDraggable({ id: `move:${initiative.id}`, data: { initiativeId: initiative.id, mode: 'move' } satisfies BarDragData, attributes: { roleDescription } });
  const resize = useDraggable({ id: `resize:${initiative.id}`, data: { initiativeId: initiative.id, mode: 'resize' } satisfies BarDragData });
  const { setNodeRef } = move;
  // A stable ref: a new callback each render would detach the node from dnd-kit for a moment,
  // which ends a keyboard drag at the first arrow.
  const nodeRef = useCallback(
    (node: HTMLDivElement | null) => {
      setNodeRef(node);
      registerNode(initiative.id, node);
    },
    [setNodeRef, registerNode, initiative.id],
  );
  const { bar } = placed;
  const classes = ['rm-bar', `rm-status-${initiative.status}`, bar.clippedStart ? 'rm-clipped-start' : '', bar.clippedEnd ? 'rm-clipped-end' : '', isDragging ? 'rm-dragging' : '']
    .filter(Boolean)
    .join(' ');

  return (
    <>
      <span
        className={hasWarning ? 'rm-bar-label rm-bar-label-warning' : 'rm-bar-label'}
        style={{ left: placed.labelLeft, top: placed.rowTop + 2, maxWidth: placed.labelWidth }}
        aria-hidden="true"
        onClick={() => onOpen(initiative.id)}
      >
        {hasWarning ? <AlertTriangle size={14} className="rm-warning-icon" /> : null}
        <span className="rm-bar-label-text">{label}</span>
      </span>
      <div
        ref={nodeRef}
        {...move.attributes}
        className={classes}
        style={{ left: placed.left, top: placed.barTop, width: placed.width, height: placed.barHeight }}
        tabIndex={isTabStop ? 0 : -1}
        aria-label={ariaLabel}
        aria-keyshortcuts="ArrowLeft ArrowRight Shift+ArrowLeft Shift+ArrowRight Control+ArrowLeft Control+ArrowRight Space Enter"
        data-testid="roadmap-bar"
        data-initiative-id={initiative.id}
        data-start={initiative.start}
        data-end={initiative.end}
        onFocus={() => onFocusBar(initiative.id)}
        onPointerDown={(event) => move.listeners?.onPointerDown?.(event)}
        onKeyDown={(event) => {
          if (onKey(event, initiative.id)) return;
          move.listeners?.onKeyDown?.(event);
        }}
        onClick={() => onOpen(initiative.id)}
      >
        <span ref={resize.setNodeRef} className="rm-bar-grip" onPointerDown={(event) => resize.listeners?.onPointerDown?.(event)} aria-hidden="true" />
      </div>
    </>
  );
});
