import { clampCoordinate, rectsOverlap, type Point, type Rect } from './posterLayout';

/**
 * Geometry and rules of the phase 5 idea board: note size, cluster frames, where a new or moved note
 * goes, which cluster a note belongs to, keyboard nudges, the impact/effort zones and the note colours.
 * Everything is in canvas units rounded to whole units, so stored positions survive a reload exactly.
 */

export type { Point, Rect };

/** Every note has this fixed size, so placement can avoid overlaps without measuring the screen. */
export const NOTE_SIZE = { width: 170, height: 120 } as const;
export const NOTE_GAP = 20;

/** Room between a frame's edge and its notes; the top band holds the cluster's name. */
export const CLUSTER_PADDING = { side: 20, top: 56, bottom: 20 } as const;
export const MIN_CLUSTER_SIZE = { width: NOTE_SIZE.width + CLUSTER_PADDING.side * 2, height: NOTE_SIZE.height + CLUSTER_PADDING.top + CLUSTER_PADDING.bottom } as const;

/** Keyboard moves: a small step, and a bigger one with Shift. */
export const BOARD_KEYBOARD_STEP = { small: 10, large: 50 } as const;

export const RATING_MIN = 1;
export const RATING_MAX = 5;
/** The middle of the 1–5 scale: an idea rated 3 sits on the line between two zones. */
export const RATING_MIDDLE = 3;

export function noteRect(position: Point): Rect {
  return { x: position.x, y: position.y, width: NOTE_SIZE.width, height: NOTE_SIZE.height };
}

export function noteCentre(position: Point): Point {
  return { x: position.x + NOTE_SIZE.width / 2, y: position.y + NOTE_SIZE.height / 2 };
}

export function rectContains(rect: Rect, point: Point): boolean {
  return point.x >= rect.x && point.x <= rect.x + rect.width && point.y >= rect.y && point.y <= rect.y + rect.height;
}

/**
 * The note on top at `point`: notes are drawn in order, so the last one whose card holds the point.
 * Linear on purpose: a thousand rectangle checks take microseconds, less than keeping an index fresh.
 */
export function topNoteAt<T extends Point>(notes: readonly T[], point: Point): T | null {
  for (let index = notes.length - 1; index >= 0; index -= 1) {
    const note = notes[index];
    if (note && point.x >= note.x && point.x <= note.x + NOTE_SIZE.width && point.y >= note.y && point.y <= note.y + NOTE_SIZE.height) return note;
  }
  return null;
}

/** A position moved by `delta`, rounded and kept inside the limits a stored record allows. */
export function movedBy(position: Point, delta: Point): Point {
  return { x: clampCoordinate(position.x + delta.x), y: clampCoordinate(position.y + delta.y) };
}

export function nudge(position: Point, direction: Point, large: boolean): Point {
  const step = large ? BOARD_KEYBOARD_STEP.large : BOARD_KEYBOARD_STEP.small;
  return movedBy(position, { x: direction.x * step, y: direction.y * step });
}

export interface ClusterFrame extends Rect {
  id: string;
}

/**
 * The cluster a note at `position` belongs to: the frame that holds the note's centre. Where frames
 * overlap the smallest wins, as it is the one drawn on top and the one people aim at.
 */
export function clusterAt<C extends ClusterFrame>(position: Point, clusters: readonly C[]): C | null {
  const centre = noteCentre(position);
  let best: C | null = null;
  for (const cluster of clusters) {
    if (!rectContains(cluster, centre)) continue;
    if (!best || cluster.width * cluster.height < best.width * best.height) best = cluster;
  }
  return best;
}

/** A frame drawn around notes, with room for the cluster's name above them. */
export function frameAround(positions: readonly Point[]): Rect | null {
  const first = positions[0];
  if (!first) return null;
  let left = first.x;
  let top = first.y;
  let right = first.x + NOTE_SIZE.width;
  let bottom = first.y + NOTE_SIZE.height;
  for (const position of positions) {
    left = Math.min(left, position.x);
    top = Math.min(top, position.y);
    right = Math.max(right, position.x + NOTE_SIZE.width);
    bottom = Math.max(bottom, position.y + NOTE_SIZE.height);
  }
  return {
    x: clampCoordinate(left - CLUSTER_PADDING.side),
    y: clampCoordinate(top - CLUSTER_PADDING.top),
    width: Math.max(MIN_CLUSTER_SIZE.width, Math.round(right - left + CLUSTER_PADDING.side * 2)),
    height: Math.max(MIN_CLUSTER_SIZE.height, Math.round(bottom - top + CLUSTER_PADDING.top + CLUSTER_PADDING.bottom)),
  };
}

function isFree(candidate: Point, occupied: readonly Point[]): boolean {
  const slot = noteRect(candidate);
  return !occupied.some((other) => rectsOverlap(noteRect(other), slot, NOTE_GAP / 2 - 1));
}

/** How many grid rings around the starting point are searched; past that a new note may overlap. */
const MAX_RINGS = 60;

/**
 * The free note-sized place nearest to `near` on a grid of note steps, so a note added straight onto
 * the canvas lands where people are looking without covering another note.
 */
export function freeSlotNear(near: Point, occupied: readonly Point[]): Point {
  const stepX = NOTE_SIZE.width + NOTE_GAP;
  const stepY = NOTE_SIZE.height + NOTE_GAP;
  const origin = { x: clampCoordinate(near.x), y: clampCoordinate(near.y) };
  const rings = Math.min(MAX_RINGS, Math.ceil(Math.sqrt(occupied.length)) + 2);
  for (let ring = 0; ring <= rings; ring += 1) {
    const candidates: Point[] = [];
    for (let row = -ring; row <= ring; row += 1) {
      for (let column = -ring; column <= ring; column += 1) {
        if (Math.max(Math.abs(row), Math.abs(column)) !== ring) continue;
        candidates.push(movedBy(origin, { x: column * stepX, y: row * stepY }));
      }
    }
    candidates.sort((a, b) => distance(a, origin) - distance(b, origin) || a.y - b.y || a.x - b.x);
    const free = candidates.find((candidate) => isFree(candidate, occupied));
    if (free) return free;
  }
  return origin;
}

function distance(a: Point, b: Point): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

/**
 * Places `count` notes in the free cells of a frame's note grid, row by row. When the frame is full it
 * grows downwards, so moving notes into a cluster never piles them on top of each other.
 */
export function placeInFrame(frame: Rect, occupied: readonly Point[], count: number): { positions: Point[]; frame: Rect } {
  const stepX = NOTE_SIZE.width + NOTE_GAP;
  const stepY = NOTE_SIZE.height + NOTE_GAP;
  const columns = Math.max(1, Math.floor((frame.width - CLUSTER_PADDING.side * 2 + NOTE_GAP) / stepX));
  const taken = [...occupied];
  const positions: Point[] = [];
  // Each occupied note blocks at most four cells, so this many rows always hold `count` free ones.
  const rows = Math.ceil((count + taken.length * 4) / columns) + 1;
  for (let row = 0; row < rows && positions.length < count; row += 1) {
    for (let column = 0; column < columns && positions.length < count; column += 1) {
      const candidate = movedBy({ x: frame.x + CLUSTER_PADDING.side, y: frame.y + CLUSTER_PADDING.top }, { x: column * stepX, y: row * stepY });
      if (!isFree(candidate, taken)) continue;
      positions.push(candidate);
      taken.push(candidate);
    }
  }
  const lowest = Math.max(frame.y + frame.height, ...positions.map((position) => position.y + NOTE_SIZE.height + CLUSTER_PADDING.bottom));
  return { positions, frame: { ...frame, height: Math.round(lowest - frame.y) } };
}

/** The next place at the end of a list kept in manual order (the inbox). */
export function nextOrder(items: readonly { order: number }[]): number {
  let highest = -1;
  for (const item of items) if (Number.isFinite(item.order) && item.order > highest) highest = item.order;
  return Math.floor(highest) + 1;
}

/** A rating moved one step up or down the 1–5 scale; an unrated idea starts in the middle. */
export function steppedRating(value: number | null, step: 1 | -1): number {
  if (value === null || !Number.isFinite(value)) return RATING_MIDDLE;
  return Math.min(RATING_MAX, Math.max(RATING_MIN, Math.round(value) + step));
}

export const IMPACT_EFFORT_ZONES = ['quickWin', 'bigBet', 'fillIn', 'moneyPit'] as const;
export type ImpactEffortZone = (typeof IMPACT_EFFORT_ZONES)[number];

/**
 * Which part of the impact/effort view an idea falls in. A rating of 3 is neither high nor low, so an
 * idea rated 3 on either scale is 'borderline' rather than forced into a zone; null means not rated.
 */
export function impactEffortZone(impact: number | null, effort: number | null): ImpactEffortZone | 'borderline' | null {
  if (impact === null || effort === null) return null;
  if (impact === RATING_MIDDLE || effort === RATING_MIDDLE) return 'borderline';
  const highImpact = impact > RATING_MIDDLE;
  const highEffort = effort > RATING_MIDDLE;
  if (highImpact) return highEffort ? 'bigBet' : 'quickWin';
  return highEffort ? 'moneyPit' : 'fillIn';
}

export const COLOUR_KEYS = ['yellow', 'green', 'blue', 'red', 'grey'] as const;
export type ColourKey = (typeof COLOUR_KEYS)[number];

/**
 * The stored value of each colour a note or a frame can have. The screen draws them with the design
 * tokens (so both themes keep their contrast); the stored value is what other tools and backups see.
 */
export const NOTE_COLOURS: Readonly<Record<ColourKey, string>> = { yellow: '#fde68a', green: '#a7f3d0', blue: '#bfdbfe', red: '#fecaca', grey: '#e5e7eb' };
export const CLUSTER_COLOURS: Readonly<Record<ColourKey, string>> = { yellow: '#fef3c7', green: '#dcfce7', blue: '#dbeafe', red: '#fee2e2', grey: '#f3f4f6' };

function parseHex(hex: string): [number, number, number] | null {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) return null;
  return [Number.parseInt(match[1] ?? '0', 16), Number.parseInt(match[2] ?? '0', 16), Number.parseInt(match[3] ?? '0', 16)];
}

/** Hue in degrees and saturation 0–1 of an RGB colour (HSL model). */
function hueAndSaturation([red, green, blue]: [number, number, number]): { hue: number; saturation: number } {
  const r = red / 255;
  const g = green / 255;
  const b = blue / 255;
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const chroma = max - min;
  const lightness = (max + min) / 2;
  if (chroma === 0) return { hue: 0, saturation: 0 };
  const saturation = chroma / (1 - Math.abs(2 * lightness - 1));
  let hue: number;
  if (max === r) hue = ((g - b) / chroma) % 6;
  else if (max === g) hue = (b - r) / chroma + 2;
  else hue = (r - g) / chroma + 4;
  return { hue: (hue * 60 + 360) % 360, saturation };
}

/** Below this saturation a colour reads as grey whatever its hue. */
const GREY_SATURATION = 0.15;

/**
 * The palette colour nearest to a stored one (a backup from elsewhere may hold any #rrggbb). Pale
 * colours are all close to white, so they are matched by hue rather than by distance in RGB.
 */
export function nearestColourKey(hex: string, palette: Readonly<Record<ColourKey, string>>): ColourKey {
  const wanted = parseHex(hex);
  if (!wanted) return COLOUR_KEYS[0];
  const { hue, saturation } = hueAndSaturation(wanted);
  if (saturation < GREY_SATURATION) return 'grey';
  let best: ColourKey = COLOUR_KEYS[0];
  let bestGap = Number.POSITIVE_INFINITY;
  for (const key of COLOUR_KEYS) {
    const candidate = parseHex(palette[key]);
    if (!candidate || key === 'grey') continue;
    const around = Math.abs(hueAndSaturation(candidate).hue - hue);
    const gap = Math.min(around, 360 - around);
    if (gap < bestGap) {
      best = key;
      bestGap = gap;
    }
  }
  return best;
}
