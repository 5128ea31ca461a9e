import type { RoadmapBar, RoadmapLayout, RoadmapMilestoneMark, TimeTick } from '../../../../shared/logic/roadmapLayout';

/**
 * Pixels for the screen's timeline: the shared layout gives lanes, rows and positions as fractions of
 * the date window; this scales them to the zoom and stacks the lanes. Pure, so the drawing components
 * only place what is computed here.
 */

export const TIMELINE_ZOOMS = ['months', 'quarters'] as const;
export type TimelineZoom = (typeof TIMELINE_ZOOMS)[number];

export const PIXELS_PER_DAY: Readonly<Record<TimelineZoom, number>> = { months: 4, quarters: 1.5 };

/**
 * The zoom's scale, stretched when the whole plan would leave part of the view empty (a short plan,
 * or a projector's wide screen): the timeline always fills the width it has.
 */
export function fittedPixelsPerDay(zoom: TimelineZoom, viewWidth: number, days: number, sizes: TimelineSizes, scale: number): number {
  const fill = viewWidth > 0 && days > 0 ? (viewWidth - sizes.laneLabelWidth - 2) / days : 0;
  return Math.max(PIXELS_PER_DAY[zoom] * scale, fill);
}

/** Months are readable for a plan of up to about nine months; a longer one opens by quarters to be seen whole. */
export function initialZoomFor(start: string | null, end: string | null): TimelineZoom {
  if (start === null || end === null) return 'months';
  const days = (Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000;
  return Number.isFinite(days) && days > 270 ? 'quarters' : 'months';
}

/** Sizes at the normal 16 px root font; a projector's larger root font scales them all. */
export const TIMELINE_SIZES = {
  laneLabelWidth: 184,
  axisTierHeight: 26,
  rowHeight: 50,
  lanePadding: 6,
  /** From a row's top to its bar's top; the label sits above the bar. */
  barTop: 24,
  barHeight: 18,
  maxLabelWidth: 360,
  labelGap: 12,
  /** Room for the warning sign in front of a label. */
  labelIconWidth: 20,
} as const;

export type TimelineSizes = { readonly [K in keyof typeof TIMELINE_SIZES]: number };

/** The sizes for a root font `scale` times the normal one (1.25 at the projector's 20 px). */
export function timelineSizes(scale: number): TimelineSizes {
  const factor = Number.isFinite(scale) && scale > 0 ? scale : 1;
  const scaled = {} as Record<keyof typeof TIMELINE_SIZES, number>;
  for (const key of Object.keys(TIMELINE_SIZES) as (keyof typeof TIMELINE_SIZES)[]) scaled[key] = Math.round(TIMELINE_SIZES[key] * factor);
  return scaled;
}

export interface PlacedBar {
  id: string;
  bar: RoadmapBar;
  laneIndex: number;
  left: number;
  width: number;
  /** Top of the bar's row within the timeline body. */
  rowTop: number;
  /** Top of the bar itself, and its height. */
  barTop: number;
  barHeight: number;
  labelLeft: number;
  labelWidth: number;
}

export interface PlacedLane {
  workstream: string;
  top: number;
  height: number;
  barCount: number;
}

export interface PlacedMilestone {
  mark: RoadmapMilestoneMark;
  x: number;
  /** Vertical middle of the bar it sits on. */
  y: number;
}

export interface AxisTick {
  key: string;
  date: string;
  year: number;
  /** Month 1–12, quarter 1–4, or 0 for a year. */
  index: number;
  left: number;
  width: number;
}

export interface TimelinePlacement {
  sizes: TimelineSizes;
  trackWidth: number;
  bodyHeight: number;
  lanes: PlacedLane[];
  /** In reading order: lane by lane, row by row, left to right. */
  bars: PlacedBar[];
  barById: ReadonlyMap<string, PlacedBar>;
  milestones: PlacedMilestone[];
  todayX: number | null;
  /** Quarters above months, or years above quarters. */
  upperTicks: AxisTick[];
  lowerTicks: AxisTick[];
}

function tickOf(tick: TimeTick, width: number, kind: string): AxisTick {
  return { key: `${kind}-${tick.date}`, date: tick.date, year: tick.year, index: tick.index, left: tick.x * width, width: (tick.xEnd - tick.x) * width };
}

function yearTicks(quarters: readonly AxisTick[]): AxisTick[] {
  const years: AxisTick[] = [];
  for (const quarter of quarters) {
    const last = years.at(-1);
    if (last && last.year === quarter.year) last.width = quarter.left + quarter.width - last.left;
    else years.push({ key: `year-${quarter.year}`, date: `${quarter.year}-01-01`, year: quarter.year, index: 0, left: quarter.left, width: quarter.width });
  }
  return years;
}

/** `labelWidthOf` gives the room each label was packed with, so a label never runs into the next bar. */
export function placeTimeline(
  layout: RoadmapLayout,
  zoom: TimelineZoom,
  pixelsPerDay: number,
  sizes: TimelineSizes = TIMELINE_SIZES,
  labelWidthOf: (initiativeId: string) => number = () => sizes.maxLabelWidth,
): TimelinePlacement {
  const trackWidth = Math.floor(layout.days * pixelsPerDay);
  const lanes: PlacedLane[] = [];
  const bars: PlacedBar[] = [];
  const milestones: PlacedMilestone[] = [];
  let top = 0;
  layout.lanes.forEach((lane, laneIndex) => {
    const height = Math.max(1, lane.rowCount) * sizes.rowHeight + 2 * sizes.lanePadding;
    lanes.push({ workstream: lane.workstream, top, height, barCount: lane.bars.length });
    const rowTop = (row: number) => top + sizes.lanePadding + row * sizes.rowHeight;
    const laneBars = [...lane.bars].sort((left, right) => left.row - right.row || left.x0 - right.x0);
    for (const bar of laneBars) {
      const left = bar.x0 * trackWidth;
      const labelLeft = bar.labelX * trackWidth;
      bars.push({
        id: bar.initiative.id,
        bar,
        laneIndex,
        left,
        width: Math.max(2, (bar.x1 - bar.x0) * trackWidth),
        rowTop: rowTop(bar.row),
        barTop: rowTop(bar.row) + sizes.barTop,
        barHeight: sizes.barHeight,
        labelLeft,
        labelWidth: Math.max(24, Math.min(labelWidthOf(bar.initiative.id), trackWidth - labelLeft)),
      });
    }
    for (const mark of lane.milestones) milestones.push({ mark, x: mark.x * trackWidth, y: rowTop(mark.row) + sizes.barTop + sizes.barHeight / 2 });
    top += height;
  });
  const lowerKind = zoom === 'months' ? 'month' : 'quarter';
  const lowerTicks = (zoom === 'months' ? layout.months : layout.quarters).map((tick) => tickOf(tick, trackWidth, lowerKind));
  const quarterTicks = layout.quarters.map((tick) => tickOf(tick, trackWidth, 'quarter'));
  return {
    sizes,
    trackWidth,
    bodyHeight: Math.max(top, sizes.rowHeight),
    lanes,
    bars,
    barById: new Map(bars.map((placed) => [placed.id, placed])),
    milestones,
    todayX: layout.todayX === null ? null : layout.todayX * trackWidth,
    upperTicks: zoom === 'months' ? quarterTicks : yearTicks(quarterTicks),
    lowerTicks,
  };
}

export interface DependencyPath {
  key: string;
  fromId: string;
  toId: string;
  d: string;
  broken: boolean;
}

/**
 * Elbow arrows from the end of each predecessor to the start of its successor. When the successor
 * starts too early to fit a straight elbow, the arrow goes round through the gap under the
 * predecessor's bar and comes in from the left.
 */
export function dependencyPaths(
  placement: TimelinePlacement,
  links: readonly { fromId: string; toId: string }[],
  isBroken: (fromId: string, toId: string) => boolean,
): DependencyPath[] {
  const paths: DependencyPath[] = [];
  for (const { fromId, toId } of links) {
    const from = placement.barById.get(fromId);
    const to = placement.barById.get(toId);
    if (!from || !to || from === to) continue;
    const x1 = from.left + from.width;
    const y1 = from.barTop + from.barHeight / 2;
    const x2 = to.left;
    const y2 = to.barTop + to.barHeight / 2;
    const elbow = 8;
    let d: string;
    if (x2 >= x1 + 2) {
      // Room between the two: straight across, or one bend halfway when the rows differ.
      const bend = x2 - x1 >= 2 * elbow ? x1 + elbow : (x1 + x2) / 2;
      d = y1 === y2 ? `M ${x1} ${y1} H ${x2}` : `M ${x1} ${y1} H ${bend} V ${y2} H ${x2}`;
    } else {
      const gap = y2 >= y1 ? from.barTop + from.barHeight + 3 : from.barTop - 3;
      d = `M ${x1} ${y1} H ${x1 + elbow} V ${gap} H ${x2 - elbow} V ${y2} H ${x2}`;
    }
    paths.push({ key: `${fromId}->${toId}`, fromId, toId, d, broken: isBroken(fromId, toId) });
  }
  return paths;
}
