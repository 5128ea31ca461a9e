import { COLOUR_KEYS, NOTE_SIZE, type ColourKey, type Point } from '../../../../../shared/logic/ideaBoard';

/**
 * Far out (zoom under 0.3) a note's words are a few pixels high: every note is a plain card, and all
 * of them are drawn on ONE canvas. A thousand positioned DOM notes cost the browser a paint chunk each
 * on every frame of a drag (3–6 ms of layering alone); one canvas costs one.
 */

export interface FarNote extends Point {
  id: string;
  colour: ColourKey;
  selected: boolean;
  chosen: boolean;
}

/** The board's colours as the stylesheet resolves them (light or dark theme). */
export interface FarNotePalette {
  fill: Readonly<Record<ColourKey, string>>;
  accent: Readonly<Record<ColourKey, string>>;
  border: string;
  chosen: string;
  selected: string;
  focus: string;
}

/** React Flow's viewport: translation in screen pixels, then zoom. */
export interface FarViewport {
  x: number;
  y: number;
  zoom: number;
}

export interface FarScene {
  notes: readonly FarNote[];
  viewport: FarViewport;
  /** The canvas element's size in CSS pixels. */
  width: number;
  height: number;
  pixelRatio: number;
  palette: FarNotePalette;
  /** Notes being carried by a drag: drawn by the drag, not here. */
  skip: ReadonlySet<string>;
  /** The note with keyboard focus, ringed so the focus is seen on the projector. */
  focusedId: string | null;
}

const RADIUS = 8;
const ACCENT_WIDTH = 5;
/** Rings are drawn in screen pixels: at a fifth of the size, a 3-unit ring would vanish. */
const SELECTED_RING_PX = 3;
const FOCUS_RING_PX = 3;
const CHOSEN_BORDER = 4;

/** Reads the note colours from the stylesheet, through probe elements carrying the notes' classes. */
export function readFarNotePalette(host: HTMLElement): FarNotePalette {
  const fill = {} as Record<ColourKey, string>;
  const accent = {} as Record<ColourKey, string>;
  const probe = document.createElement('div');
  probe.setAttribute('aria-hidden', 'true');
  probe.style.display = 'none';
  host.append(probe);
  try {
    let border = '';
    for (const key of COLOUR_KEYS) {
      probe.className = `idea-note colour-${key}`;
      const style = getComputedStyle(probe);
      fill[key] = style.backgroundColor;
      accent[key] = style.getPropertyValue('--idea-accent').trim();
      border = style.borderTopColor;
    }
    const tokens = getComputedStyle(host);
    const token = (name: string, fallback: string) => tokens.getPropertyValue(name).trim() || fallback;
    return { fill, accent, border, chosen: token('--color-text', '#111827'), selected: token('--color-primary', '#1d4ed8'), focus: token('--color-focus', '#f59e0b') };
  } finally {
    probe.remove();
  }
}

/** A ring `gap` board units outside a note's card: its stroke, centred on it, leaves the card uncovered. */
function outlineAround(path: Path2D, note: Point, gap: number): void {
  path.roundRect(note.x - gap, note.y - gap, NOTE_SIZE.width + gap * 2, NOTE_SIZE.height + gap * 2, RADIUS + gap);
}

function isInView(note: Point, left: number, top: number, right: number, bottom: number): boolean {
  return note.x + NOTE_SIZE.width >= left && note.x <= right && note.y + NOTE_SIZE.height >= top && note.y <= bottom;
}

/**
 * Draws the notes in view, batched by colour so a thousand cards are a handful of fills. Returns how
 * many notes were drawn.
 */
export function drawFarNotes(context: CanvasRenderingContext2D, scene: FarScene): number {
  const { viewport, pixelRatio, palette, skip } = scene;
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, scene.width * pixelRatio, scene.height * pixelRatio);
  const scale = viewport.zoom * pixelRatio;
  context.setTransform(scale, 0, 0, scale, viewport.x * pixelRatio, viewport.y * pixelRatio);

  // The part of the board in view, in board units.
  const left = -viewport.x / viewport.zoom;
  const top = -viewport.y / viewport.zoom;
  const right = left + scene.width / viewport.zoom;
  const bottom = top + scene.height / viewport.zoom;

  const cards = new Map<ColourKey, Path2D>();
  const strips = new Map<ColourKey, Path2D>();
  const outlines = new Path2D();
  const chosen = new Path2D();
  const selected = new Path2D();
  let focused: FarNote | null = null;
  let drawn = 0;
  for (const note of scene.notes) {
    if (skip.has(note.id) || !isInView(note, left, top, right, bottom)) continue;
    drawn += 1;
    const card = cards.get(note.colour) ?? new Path2D();
    card.roundRect(note.x, note.y, NOTE_SIZE.width, NOTE_SIZE.height, RADIUS);
    cards.set(note.colour, card);
    const strip = strips.get(note.colour) ?? new Path2D();
    strip.roundRect(note.x, note.y, ACCENT_WIDTH, NOTE_SIZE.height, [RADIUS, 0, 0, RADIUS]);
    strips.set(note.colour, strip);
    (note.chosen ? chosen : outlines).roundRect(note.x, note.y, NOTE_SIZE.width, NOTE_SIZE.height, RADIUS);
    if (note.selected) outlineAround(selected, note, SELECTED_RING_PX / 2 / viewport.zoom);
    if (note.id === scene.focusedId) focused = note;
  }

  for (const [colour, card] of cards) {
    context.fillStyle = palette.fill[colour];
    context.fill(card);
  }
  for (const [colour, strip] of strips) {
    context.fillStyle = palette.accent[colour];
    context.fill(strip);
  }
  context.strokeStyle = palette.border;
  context.lineWidth = 1;
  context.stroke(outlines);
  context.strokeStyle = palette.chosen;
  context.lineWidth = CHOSEN_BORDER;
  context.stroke(chosen);
  context.strokeStyle = palette.selected;
  context.lineWidth = SELECTED_RING_PX / viewport.zoom;
  context.stroke(selected);
  if (focused) {
    const focusRing = new Path2D();
    outlineAround(focusRing, focused, (SELECTED_RING_PX + FOCUS_RING_PX / 2) / viewport.zoom);
    context.strokeStyle = palette.focus;
    context.lineWidth = FOCUS_RING_PX / viewport.zoom;
    context.stroke(focusRing);
  }
  return drawn;
}
