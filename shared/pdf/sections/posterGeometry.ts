import { RELATION_TYPES } from '../../domain/relation';
import { STAKEHOLDER_ATTITUDES, type Stakeholder } from '../../domain/stakeholder';
import type { PageCanvas } from '../pageCanvas';
import type { SectionContext } from '../sectionContext';
import { ATTITUDE_COLOURS, COLOURS, TYPE } from '../theme';

/** Where the people of one side of a poster go, and where the lines between them start and end. */

export interface PersonBox {
  person: Stakeholder;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Text scale inside the box (1 at full size), so a crowded poster still fits its page. */
  scale: number;
}

export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

const FULL_BOX = { width: 190, height: 68 } as const;
const MIN_BOX_HEIGHT = 28;
const GAP_X = 16;
const GAP_Y = 14;
const MAX_COLUMNS = 4;
const MIN_SCALE = 0.75;

/**
 * The people of one side where the facilitator put them on the poster screen, scaled into the area,
 * when that keeps every box apart; otherwise a grid in the same reading order.
 */
export function posterLayout(people: readonly Stakeholder[], area: Area): { boxes: PersonBox[]; hiddenCount: number } {
  return placeAsArranged(people, area) ?? posterGrid(people, area);
}

const ARRANGED_BOX = { width: 152, height: 68 } as const;

function placeAsArranged(people: readonly Stakeholder[], area: Area): { boxes: PersonBox[]; hiddenCount: number } | null {
  if (people.length < 2) return null;
  const width = Math.min(ARRANGED_BOX.width, area.width);
  const height = Math.min(ARRANGED_BOX.height, area.height);
  const xs = people.map((person) => person.x);
  const ys = people.map((person) => person.y);
  const spanX = Math.max(...xs) - Math.min(...xs);
  const spanY = Math.max(...ys) - Math.min(...ys);
  // One scale for both directions keeps the arrangement's shape; a span of 0 puts everyone in a line.
  const scale = Math.min(spanX > 0 ? (area.width - width) / spanX : Infinity, spanY > 0 ? (area.height - height) / spanY : Infinity, 1);
  if (!Number.isFinite(scale) || scale <= 0) return null;
  const usedWidth = spanX * scale + width;
  const usedHeight = spanY * scale + height;
  const left = area.x + (area.width - usedWidth) / 2;
  const top = area.y + (area.height - usedHeight) / 2;
  const boxes = people.map((person) => ({
    person,
    x: left + (person.x - Math.min(...xs)) * scale,
    y: top + (person.y - Math.min(...ys)) * scale,
    width,
    height,
    scale: 1,
  }));
  const apart = boxes.every((box, index) =>
    boxes.slice(index + 1).every((other) => box.x + box.width + GAP_X / 2 <= other.x || other.x + other.width + GAP_X / 2 <= box.x || box.y + box.height + GAP_Y / 2 <= other.y || other.y + other.height + GAP_Y / 2 <= box.y),
  );
  return apart ? { boxes, hiddenCount: 0 } : null;
}

/**
 * A grid in the order the people were arranged on the poster screen (top to bottom, left to right).
 * The column count is the one that gives the largest boxes; when even the smallest readable boxes
 * cannot hold everyone, the most influential people are kept and the rest are counted.
 */
export function posterGrid(people: readonly Stakeholder[], area: Area): { boxes: PersonBox[]; hiddenCount: number } {
  if (people.length === 0) return { boxes: [], hiddenCount: 0 };
  const capacity = MAX_COLUMNS * Math.max(1, Math.floor((area.height + GAP_Y) / (MIN_BOX_HEIGHT + GAP_Y)));
  const kept =
    people.length > capacity
      ? [...people].sort((left, right) => right.influence - left.influence || left.name.localeCompare(right.name)).slice(0, capacity)
      : [...people];
  kept.sort((left, right) => left.y - right.y || left.x - right.x || left.name.localeCompare(right.name));

  let best = { columns: 1, width: 0, height: 0, score: -1 };
  for (let columns = 1; columns <= Math.min(MAX_COLUMNS, kept.length); columns += 1) {
    const rows = Math.ceil(kept.length / columns);
    const width = Math.min(FULL_BOX.width, (area.width - (columns - 1) * GAP_X) / columns);
    const height = Math.min(FULL_BOX.height, (area.height - (rows - 1) * GAP_Y) / rows);
    const score = Math.min(width / FULL_BOX.width, height / FULL_BOX.height);
    if (score > best.score + 1e-9) best = { columns, width, height, score };
  }
  const rows = Math.ceil(kept.length / best.columns);
  const gridWidth = best.columns * best.width + (best.columns - 1) * GAP_X;
  const gridHeight = rows * best.height + (rows - 1) * GAP_Y;
  const left = area.x + (area.width - gridWidth) / 2;
  const top = area.y + Math.max(0, (area.height - gridHeight) / 2);
  const scale = Math.max(MIN_SCALE, Math.min(1, best.height / FULL_BOX.height));
  const boxes = kept.map((person, index) => ({
    person,
    x: left + (index % best.columns) * (best.width + GAP_X),
    y: top + Math.floor(index / best.columns) * (best.height + GAP_Y),
    width: best.width,
    height: best.height,
    scale,
  }));
  return { boxes, hiddenCount: people.length - kept.length };
}

/** Where the straight line between two box centres crosses the edge of a box. */
function edgePoint(box: PersonBox, towards: readonly [number, number]): [number, number] {
  const centreX = box.x + box.width / 2;
  const centreY = box.y + box.height / 2;
  const dx = towards[0] - centreX;
  const dy = towards[1] - centreY;
  if (dx === 0 && dy === 0) return [centreX, centreY];
  const reach = Math.min(dx === 0 ? Infinity : box.width / 2 / Math.abs(dx), dy === 0 ? Infinity : box.height / 2 / Math.abs(dy));
  return [centreX + dx * reach, centreY + dy * reach];
}

export function relationEndpoints(from: PersonBox, to: PersonBox): [[number, number], [number, number]] {
  const fromCentre: [number, number] = [from.x + from.width / 2, from.y + from.height / 2];
  const toCentre: [number, number] = [to.x + to.width / 2, to.y + to.height / 2];
  return [edgePoint(from, toCentre), edgePoint(to, fromCentre)];
}

/** Reporting lines are solid, influence dashed, acquaintance dotted; the first two point at the person acted on. */
export const RELATION_STYLES: Readonly<Record<(typeof RELATION_TYPES)[number], { dash: readonly number[]; arrow: boolean }>> = {
  reports_to: { dash: [], arrow: true },
  influences: { dash: [4, 2], arrow: true },
  knows: { dash: [1, 2], arrow: false },
};

/** Line styles of the relation kinds and the colours of the attitudes, in words. */
export function posterLegend(context: SectionContext, canvas: PageCanvas, baseline: number): void {
  const { t, measure } = context;
  let x = canvas.left;
  x += canvas.text(t('pdf.roadmap.legend'), x, baseline, TYPE.smallBold, { maxWidth: 80 }) + 10;
  for (const type of RELATION_TYPES) {
    canvas.line(x, baseline - 3, x + 20, baseline - 3, COLOURS.muted, 1.2, RELATION_STYLES[type].dash);
    const label = t(`pdf.posters.relations.${type}`);
    x += 24 + canvas.text(label, x + 24, baseline, TYPE.small, { maxWidth: 100 }) + 12;
  }
  x += 6;
  for (const attitude of STAKEHOLDER_ATTITUDES) {
    const label = t(`pdf.posters.attitudes.${attitude}`);
    if (x + 12 + measure.width(label, TYPE.small) > canvas.right) break;
    canvas.rect(x, baseline - 7, 8, 8, { fill: ATTITUDE_COLOURS[attitude], stroke: COLOURS.faint, lineWidth: 0.4 });
    x += 12 + canvas.text(label, x + 12, baseline, TYPE.small, { maxWidth: 100 }) + 10;
  }
}
