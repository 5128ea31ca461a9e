import {
  CANVAS_LIMIT,
  CUSTOMER_STAKEHOLDER_ROLES,
  OUR_STAKEHOLDER_ROLES,
  type Stakeholder,
  type StakeholderRole,
  type StakeholderSide,
} from '../domain';

/**
 * Geometry of a key account's relationship poster (phase 4b): card size, the two side regions, where a
 * new person goes, the auto-arrangement and where a relation line meets a card. Everything is in canvas
 * units and rounded to whole units, so stored positions survive a reload exactly.
 */

export interface Point {
  x: number;
  y: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type LayoutPerson = Pick<Stakeholder, 'id' | 'name' | 'side' | 'role' | 'influence' | 'x' | 'y'>;

/** Every person card has this fixed size, so the layout can promise no overlaps without measuring. */
export const POSTER_CARD_SIZE = { width: 224, height: 136 } as const;

export const POSTER_SPACING = {
  column: 40,
  row: 32,
  /** Extra space between two bands of role columns, so role groups read as groups. */
  band: 24,
  /** Distance between the last customer card and the first card on our side. */
  sideGutter: 128,
} as const;

/** Space between a side's cards and the edge of its region; the top holds the region's title. */
export const REGION_PADDING = { side: 24, top: 72, bottom: 24 } as const;

/** Keyboard nudges: a small step, and a bigger one with Shift. */
export const KEYBOARD_STEP = { small: 10, large: 50 } as const;

/** How many role columns each side gets before wrapping into another band below. */
export const DEFAULT_COLUMNS_PER_BAND: Readonly<Record<StakeholderSide, number>> = { customer: 3, ours: 2 };

const ROLE_ORDER: Readonly<Record<StakeholderSide, readonly StakeholderRole[]>> = {
  customer: CUSTOMER_STAKEHOLDER_ROLES,
  ours: OUR_STAKEHOLDER_ROLES,
};

export function cardRect(position: Point): Rect {
  return { x: position.x, y: position.y, width: POSTER_CARD_SIZE.width, height: POSTER_CARD_SIZE.height };
}

/** Whether two rectangles share any area once each is grown by `margin` on every side. */
export function rectsOverlap(first: Rect, second: Rect, margin = 0): boolean {
  return (
    first.x - margin < second.x + second.width + margin &&
    second.x - margin < first.x + first.width + margin &&
    first.y - margin < second.y + second.height + margin &&
    second.y - margin < first.y + first.height + margin
  );
}

export function clampCoordinate(value: number): number {
  return Math.min(CANVAS_LIMIT, Math.max(-CANVAS_LIMIT, Math.round(value)));
}

/** A position moved by whole canvas units, kept inside the canvas limits stored records allow. */
export function nudgePosition(position: Point, direction: Point, large: boolean): Point {
  const step = large ? KEYBOARD_STEP.large : KEYBOARD_STEP.small;
  return { x: clampCoordinate(position.x + direction.x * step), y: clampCoordinate(position.y + direction.y * step) };
}

/** The smallest rectangle holding all of them; null for none. */
export function boundsOf(rects: readonly Rect[]): Rect | null {
  const first = rects[0];
  if (!first) return null;
  let left = first.x;
  let top = first.y;
  let right = first.x + first.width;
  let bottom = first.y + first.height;
  for (const rect of rects) {
    left = Math.min(left, rect.x);
    top = Math.min(top, rect.y);
    right = Math.max(right, rect.x + rect.width);
    bottom = Math.max(bottom, rect.y + rect.height);
  }
  return { x: left, y: top, width: right - left, height: bottom - top };
}

function padded(rect: Rect): Rect {
  return {
    x: rect.x - REGION_PADDING.side,
    y: rect.y - REGION_PADDING.top,
    width: rect.width + REGION_PADDING.side * 2,
    height: rect.height + REGION_PADDING.top + REGION_PADDING.bottom,
  };
}

/** An empty side still gets a region, one card wide and high, so people see where to put whom. */
const EMPTY_REGION_SIZE = {
  width: POSTER_CARD_SIZE.width + REGION_PADDING.side * 2,
  height: POSTER_CARD_SIZE.height + REGION_PADDING.top + REGION_PADDING.bottom,
};

const REGION_GAP = POSTER_SPACING.sideGutter - REGION_PADDING.side * 2;

/**
 * The background regions of the two sides: around each side's cards, customer on the left and ours
 * on the right when the poster is laid out as intended, both spanning the same height.
 */
export function posterRegions(people: readonly Pick<LayoutPerson, 'side' | 'x' | 'y'>[]): Record<StakeholderSide, Rect> {
  const around = (side: StakeholderSide) => boundsOf(people.filter((person) => person.side === side).map(cardRect));
  const customerCards = around('customer');
  const ourCards = around('ours');
  if (customerCards && ourCards) {
    const customer = padded(customerCards);
    const ours = padded(ourCards);
    const top = Math.min(customer.y, ours.y);
    const bottom = Math.max(customer.y + customer.height, ours.y + ours.height);
    return {
      customer: { ...customer, y: top, height: bottom - top },
      ours: { ...ours, y: top, height: bottom - top },
    };
  }
  if (customerCards) {
    const customer = padded(customerCards);
    return { customer, ours: { x: customer.x + customer.width + REGION_GAP, y: customer.y, ...EMPTY_REGION_SIZE } };
  }
  if (ourCards) {
    const ours = padded(ourCards);
    return { customer: { x: ours.x - REGION_GAP - EMPTY_REGION_SIZE.width, y: ours.y, ...EMPTY_REGION_SIZE }, ours };
  }
  const customer = { x: -REGION_PADDING.side, y: -REGION_PADDING.top, ...EMPTY_REGION_SIZE };
  return { customer, ours: { x: customer.x + customer.width + REGION_GAP, y: customer.y, ...EMPTY_REGION_SIZE } };
}

/** Columns scanned for a free place when a person is added; the poster grows downwards, not sideways. */
const PLACEMENT_COLUMNS = 2;

/**
 * Where a newly added person goes: the first free slot, row by row, in a two-card-wide grid starting at
 * the top left of their side, so a new card never covers an existing one.
 */
export function placeNewPerson(people: readonly Pick<LayoutPerson, 'side' | 'x' | 'y'>[], side: StakeholderSide): Point {
  const sidePeople = people.filter((person) => person.side === side);
  const region = posterRegions(people)[side];
  const origin: Point = sidePeople.length > 0
    ? { x: Math.min(...sidePeople.map((person) => person.x)), y: Math.min(...sidePeople.map((person) => person.y)) }
    : { x: region.x + REGION_PADDING.side, y: region.y + REGION_PADDING.top };
  const occupied = people.map(cardRect);
  // Each card can block at most two rows of slots, so this many rows always holds a free one.
  const rows = occupied.length * 2 + 1;
  for (let row = 0; row <= rows; row += 1) {
    for (let column = 0; column < PLACEMENT_COLUMNS; column += 1) {
      const candidate = {
        x: clampCoordinate(origin.x + column * (POSTER_CARD_SIZE.width + POSTER_SPACING.column)),
        y: clampCoordinate(origin.y + row * (POSTER_CARD_SIZE.height + POSTER_SPACING.row)),
      };
      const slot = cardRect(candidate);
      if (!occupied.some((rect) => rectsOverlap(rect, slot, POSTER_SPACING.row / 2))) return candidate;
    }
  }
  const lowest = Math.max(...occupied.map((rect) => rect.y + rect.height));
  return { x: clampCoordinate(origin.x), y: clampCoordinate(lowest + POSTER_SPACING.row) };
}

/** Strongest influence first, then by name, then by id so the result never depends on input order. */
function compareWithinRole(first: LayoutPerson, second: LayoutPerson): number {
  if (first.influence !== second.influence) return second.influence - first.influence;
  const byName = first.name.localeCompare(second.name);
  if (byName !== 0) return byName;
  return first.id < second.id ? -1 : first.id > second.id ? 1 : 0;
}

function roleGroups(people: readonly LayoutPerson[], side: StakeholderSide): LayoutPerson[][] {
  const roles = ROLE_ORDER[side];
  const groups = roles.map((role) => people.filter((person) => person.side === side && person.role === role).sort(compareWithinRole));
  // A role that is not in the side's list (corrupt data) still gets a place, at the end.
  const strays = people.filter((person) => person.side === side && !roles.includes(person.role)).sort(compareWithinRole);
  return [...groups, strays].filter((group) => group.length > 0);
}

function arrangeSide(groups: readonly LayoutPerson[][], left: number, columnsPerBand: number, into: Map<string, Point>): number {
  const perBand = Math.max(1, Math.floor(columnsPerBand));
  let bandTop = 0;
  let widest = 0;
  for (let start = 0; start < groups.length; start += perBand) {
    const band = groups.slice(start, start + perBand);
    band.forEach((group, column) => {
      const x = left + column * (POSTER_CARD_SIZE.width + POSTER_SPACING.column);
      group.forEach((person, row) => into.set(person.id, { x, y: bandTop + row * (POSTER_CARD_SIZE.height + POSTER_SPACING.row) }));
    });
    const tallest = Math.max(...band.map((group) => group.length));
    bandTop += tallest * (POSTER_CARD_SIZE.height + POSTER_SPACING.row) + POSTER_SPACING.band;
    widest = Math.max(widest, band.length);
  }
  return widest === 0 ? 0 : widest * (POSTER_CARD_SIZE.width + POSTER_SPACING.column) - POSTER_SPACING.column;
}

/**
 * Auto-arrangement: the customer's buying team on the left, one column per buying role in the method's
 * order (decision maker first), our side on the right the same way; within a role the most influential
 * person is on top. Role columns wrap into a new band below after `columnsPerBand`, so a poster stays
 * roughly as wide as it is high. Returns a position for every person.
 */
export function arrangePoster(
  people: readonly LayoutPerson[],
  columnsPerBand: Readonly<Record<StakeholderSide, number>> = DEFAULT_COLUMNS_PER_BAND,
): Map<string, Point> {
  const positions = new Map<string, Point>();
  const customerWidth = arrangeSide(roleGroups(people, 'customer'), 0, columnsPerBand.customer, positions);
  const oursLeft = customerWidth === 0 ? 0 : customerWidth + POSTER_SPACING.sideGutter;
  arrangeSide(roleGroups(people, 'ours'), oursLeft, columnsPerBand.ours, positions);
  return positions;
}

/**
 * Where the line from the centre of `rect` towards `target` crosses the rectangle's border: relation
 * lines start and end at card edges whatever the cards' relative positions.
 */
export function borderPoint(rect: Rect, target: Point): Point {
  const centre = { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
  const dx = target.x - centre.x;
  const dy = target.y - centre.y;
  if (dx === 0 && dy === 0) return centre;
  const scaleX = dx === 0 ? Number.POSITIVE_INFINITY : rect.width / 2 / Math.abs(dx);
  const scaleY = dy === 0 ? Number.POSITIVE_INFINITY : rect.height / 2 / Math.abs(dy);
  const scale = Math.min(scaleX, scaleY);
  return { x: centre.x + dx * scale, y: centre.y + dy * scale };
}
