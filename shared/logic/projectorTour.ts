import { boundsOf, type Point, type Rect } from './posterLayout';

export { boundsOf };

/**
 * The projector's tour of a canvas (the relationship poster, the idea board): the canvas is shown at
 * the zoom where its smallest label reaches the presenter's minimum type size, and a tour steps the
 * view area by area (a side of a poster, a cluster of notes). An area too big for the view at that
 * zoom is split into groups of items that fit, band by band from the top, left to right within a band.
 * Everything is in canvas units unless a name says pixels.
 */

export interface Size {
  width: number;
  height: number;
}

/** Translation in screen pixels and zoom (screen pixels per canvas unit) of the drawn canvas. */
export interface ProjectorView {
  x: number;
  y: number;
  zoom: number;
}

export interface TourItem {
  id: string;
  rect: Rect;
}

export interface TourArea {
  /** Identifies the area across renders (a cluster's id, "account/side"). */
  key: string;
  /** Which drawing the area belongs to: the tour may move between posters, one per key account. */
  scene: string;
  /** The drawn frame of the area (a side's region, a cluster's frame); null for loose items. */
  frame: Rect | null;
  items: readonly TourItem[];
}

export interface TourStep {
  /** Stable while the data and the view size stay the same: "<area key>#<part>". */
  key: string;
  areaKey: string;
  scene: string;
  areaIndex: number;
  /** 1-based part of the area, of `parts`; an area that fits the view has one part. */
  part: number;
  parts: number;
  itemIds: readonly string[];
  /** The canvas rectangle the view centres on. */
  focus: Rect;
}

/** The zoom at which text drawn at `smallestFont` canvas units shows at `minimumTextPx` screen pixels. */
export function legibleZoom(minimumTextPx: number, smallestFont: number): number {
  if (!Number.isFinite(minimumTextPx) || !Number.isFinite(smallestFont) || minimumTextPx <= 0 || smallestFont <= 0) return 1;
  return minimumTextPx / smallestFont;
}

/** The canvas area a viewport of `viewportPx` shows at `zoom`, less a margin of `marginPx` on every side. */
export function visibleCanvasSize(viewportPx: Size, zoom: number, marginPx: number): Size {
  if (!(zoom > 0)) return { width: 0, height: 0 };
  return {
    width: Math.max(0, (viewportPx.width - marginPx * 2) / zoom),
    height: Math.max(0, (viewportPx.height - marginPx * 2) / zoom),
  };
}

function fits(rect: Rect, view: Size): boolean {
  return rect.width <= view.width && rect.height <= view.height;
}

function byTopThenLeft(first: TourItem, second: TourItem): number {
  return first.rect.y - second.rect.y || first.rect.x - second.rect.x || (first.id < second.id ? -1 : first.id > second.id ? 1 : 0);
}

/**
 * Items split into groups that each fit the view: bands of items from the top (a band holds every
 * item whose bottom is within one view height of the band's top), each band cut left to right into
 * chunks one view wide. An item bigger than the view is a group of its own.
 */
export function groupToFit(items: readonly TourItem[], view: Size): TourItem[][] {
  const bands = runsThatFit([...items].sort(byTopThenLeft), (item) => item.rect.y, (item) => item.rect.y + item.rect.height, view.height);
  return bands.flatMap((band) =>
    runsThatFit(
      [...band].sort((first, second) => first.rect.x - second.rect.x || byTopThenLeft(first, second)),
      (item) => item.rect.x,
      (item) => item.rect.x + item.rect.width,
      view.width,
    ),
  );
}

/** Cuts items, in the order given, into runs that each span at most `limit` along one axis. */
function runsThatFit(items: readonly TourItem[], start: (item: TourItem) => number, end: (item: TourItem) => number, limit: number): TourItem[][] {
  const runs: TourItem[][] = [];
  let run: TourItem[] = [];
  let runStart = 0;
  for (const item of items) {
    if (run.length > 0 && end(item) - runStart <= limit) {
      run.push(item);
      continue;
    }
    if (run.length > 0) runs.push(run);
    run = [item];
    runStart = start(item);
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * A part's focus grown to take in the top and left edges of its area's frame (where its title is),
 * each only as far as the view still holds it.
 */
function withFrameCorner(focus: Rect, frame: Rect | null, view: Size): Rect {
  if (!frame) return focus;
  let { x, y, width, height } = focus;
  const bottom = y + height;
  const right = x + width;
  if (frame.y < y && bottom - frame.y <= view.height) {
    y = frame.y;
    height = bottom - y;
  }
  if (frame.x < x && right - frame.x <= view.width) {
    x = frame.x;
    width = right - x;
  }
  return { x, y, width, height };
}

/** Items in reading order: top to bottom, left to right. */
export function itemsInReadingOrder(items: readonly TourItem[]): TourItem[] {
  return readingOrder(items.map((item) => ({ ...item.rect, item }))).map((entry) => entry.item);
}

/**
 * Rectangles in reading order: rows from the top (a rectangle joins a row when its top is above the
 * middle of the row's first one), each row left to right.
 */
export function readingOrder<T extends Rect>(rects: readonly T[]): T[] {
  const byTop = [...rects].sort((first, second) => first.y - second.y || first.x - second.x);
  const rows: T[][] = [];
  let row: T[] = [];
  let rowMiddle = Number.NEGATIVE_INFINITY;
  for (const rect of byTop) {
    if (row.length > 0 && rect.y < rowMiddle) {
      row.push(rect);
      continue;
    }
    if (row.length > 0) rows.push(row);
    row = [rect];
    rowMiddle = rect.y + rect.height / 2;
  }
  if (row.length > 0) rows.push(row);
  return rows.flatMap((members) => members.sort((first, second) => first.x - second.x || first.y - second.y));
}

/**
 * The tour: one step per area that fits the view whole (frame and items), otherwise one step per
 * group of its items that fits. An area with neither frame nor items has no step.
 */
export function planTour(areas: readonly TourArea[], view: Size): TourStep[] {
  const steps: TourStep[] = [];
  areas.forEach((area, areaIndex) => {
    const itemBounds = boundsOf(area.items.map((item) => item.rect));
    const whole = boundsOf([area.frame, itemBounds].filter((rect): rect is Rect => rect !== null));
    if (!whole) return;
    const push = (part: number, parts: number, items: readonly TourItem[], focus: Rect) =>
      steps.push({
        key: `${area.key}#${part}`,
        areaKey: area.key,
        scene: area.scene,
        areaIndex,
        part,
        parts,
        itemIds: itemsInReadingOrder(items).map((item) => item.id),
        focus,
      });
    if (fits(whole, view) || area.items.length === 0) {
      // An empty frame bigger than the view shows its top left, where the title is.
      const focus = fits(whole, view) ? whole : { x: whole.x, y: whole.y, width: Math.min(whole.width, view.width), height: Math.min(whole.height, view.height) };
      push(1, 1, area.items, focus);
      return;
    }
    const groups = groupToFit(area.items, view);
    groups.forEach((group, index) => {
      const bounds = boundsOf(group.map((item) => item.rect));
      if (bounds) push(index + 1, groups.length, group, withFrameCorner(bounds, area.frame, view));
    });
  });
  return steps;
}

/**
 * The view that centres `focus` in a viewport of `viewportPx` at `zoom`. A focus wider or taller than
 * the viewport is aligned to its left or top edge (plus the margin) instead, so its start is seen.
 */
export function viewCentredOn(focus: Rect, viewportPx: Size, zoom: number, marginPx: number): ProjectorView {
  const along = (start: number, length: number, available: number) =>
    length * zoom <= available - marginPx * 2 ? available / 2 - (start + length / 2) * zoom : marginPx - start * zoom;
  return { x: along(focus.x, focus.width, viewportPx.width), y: along(focus.y, focus.height, viewportPx.height), zoom };
}

/**
 * A view moved by a pan, kept so that the scene never leaves the screen entirely: some part of it
 * stays within the middle half of the viewport on each axis.
 */
export function clampView(view: ProjectorView, viewportPx: Size, scene: Rect | null): ProjectorView {
  if (!scene) return view;
  const clampAxis = (offset: number, start: number, length: number, available: number) => {
    const lowest = available * 0.25 - (start + length) * view.zoom;
    const highest = available * 0.75 - start * view.zoom;
    return Math.min(highest, Math.max(lowest, offset));
  };
  return {
    zoom: view.zoom,
    x: clampAxis(view.x, scene.x, scene.width, viewportPx.width),
    y: clampAxis(view.y, scene.y, scene.height, viewportPx.height),
  };
}

/** The view zoomed by `factor` about a screen point, the zoom kept within [minZoom, maxZoom]. */
export function zoomViewAbout(view: ProjectorView, factor: number, about: Point, minZoom: number, maxZoom: number): ProjectorView {
  if (!(factor > 0)) return view;
  const zoom = Math.min(maxZoom, Math.max(minZoom, view.zoom * factor));
  const ratio = zoom / view.zoom;
  return { zoom, x: about.x - (about.x - view.x) * ratio, y: about.y - (about.y - view.y) * ratio };
}

/**
 * Places for `count` items that have no place on the canvas (notes still in the inbox): a grid of
 * `columns` below `above` (the rest of the drawing), `gap` apart, the first item `offset` below it.
 */
export function gridBelow(above: Rect | null, count: number, itemSize: Size, gap: number, columns: number, offset: number): Point[] {
  const left = above ? above.x : 0;
  const top = above ? above.y + above.height + offset : 0;
  const perRow = Math.max(1, Math.floor(columns));
  return Array.from({ length: Math.max(0, Math.floor(count)) }, (_, index) => ({
    x: left + (index % perRow) * (itemSize.width + gap),
    y: top + Math.floor(index / perRow) * (itemSize.height + gap),
  }));
}

/** Where the tour was: the step's key, its area and its index, to find it again in a re-planned tour. */
export interface TourPosition {
  key: string;
  areaKey: string;
  index: number;
}

/**
 * The step to show after the tour was planned again (the window was resized, the data changed): the
 * same step if it still exists, else the first part of the same area, else the same place in the
 * list. With no position yet, the first step of `startScene`, or the first step.
 */
export function resolveStepIndex(steps: readonly TourStep[], position: TourPosition | null, startScene: string | null): number {
  if (steps.length === 0) return -1;
  if (!position) {
    const start = startScene === null ? -1 : steps.findIndex((step) => step.scene === startScene);
    return Math.max(0, start);
  }
  const same = steps.findIndex((step) => step.key === position.key);
  if (same >= 0) return same;
  const sameArea = steps.findIndex((step) => step.areaKey === position.areaKey);
  if (sameArea >= 0) return sameArea;
  return Math.min(steps.length - 1, Math.max(0, position.index));
}
