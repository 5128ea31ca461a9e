import type { TFunction } from 'i18next';
import { pointerWithin, rectIntersection, type Announcements, type CollisionDetection, type KeyboardCoordinateGetter, type UniqueIdentifier } from '@dnd-kit/core';

/** The drop zones of the board: the inbox list and the canvas. */
export const INBOX_ZONE = 'ideas-inbox';
export const CANVAS_ZONE = 'ideas-canvas';

/** The zone under the pointer wins; a keyboard drag (no pointer) goes by overlap instead. */
export const pointerThenOverlap: CollisionDetection = (args) => {
  const underPointer = pointerWithin(args);
  return underPointer.length > 0 ? underPointer : rectIntersection(args);
};

const ZONE_FOR_KEY: Readonly<Record<string, string>> = {
  ArrowRight: CANVAS_ZONE,
  ArrowDown: CANVAS_ZONE,
  ArrowLeft: INBOX_ZONE,
  ArrowUp: INBOX_ZONE,
};

/**
 * With the keyboard a picked-up note jumps straight to the middle of a zone: right (or down) to the
 * canvas, left (or up) back over the inbox, instead of crawling across the screen 25 pixels a press.
 */
export const jumpBetweenZones: KeyboardCoordinateGetter = (event, { context: { droppableRects, collisionRect } }) => {
  const zone = ZONE_FOR_KEY[event.code];
  const target = zone ? droppableRects.get(zone) : undefined;
  if (!target || !collisionRect) return undefined;
  return { x: target.left + target.width / 2 - collisionRect.width / 2, y: target.top + target.height / 2 - collisionRect.height / 2 };
};

function zoneName(zone: UniqueIdentifier | undefined, t: TFunction): string | null {
  if (zone === CANVAS_ZONE) return t('ideas.dnd.canvas');
  if (zone === INBOX_ZONE) return t('ideas.dnd.inbox');
  return null;
}

/** What a screen reader hears while a note is carried between the inbox and the canvas. */
export function boardAnnouncements(t: TFunction, noteName: (id: UniqueIdentifier) => string): Announcements {
  return {
    onDragStart: ({ active }) => t('ideas.dnd.pickedUp', { text: noteName(active.id) }),
    onDragOver: ({ active, over }) => {
      const zone = zoneName(over?.id, t);
      return zone ? t('ideas.dnd.over', { text: noteName(active.id), zone }) : t('ideas.dnd.notOver', { text: noteName(active.id) });
    },
    onDragEnd: ({ active, over }) =>
      over?.id === CANVAS_ZONE ? t('ideas.dnd.droppedOnCanvas', { text: noteName(active.id) }) : t('ideas.dnd.stayedInInbox', { text: noteName(active.id) }),
    onDragCancel: ({ active }) => t('ideas.dnd.cancelled', { text: noteName(active.id) }),
  };
}
