import type { InitiativeStatus } from '../../domain/initiative';
import type { RoadmapBar, RoadmapLayout, RoadmapMilestoneMark } from '../../logic/roadmapLayout';
import type { Rgb } from '../documentModel';
import type { PageCanvas } from '../pageCanvas';
import type { SectionContext } from '../sectionContext';
import { COLOURS, INITIATIVE_STATUS_STYLES, LIGHT_COLOURS, LINE_HEIGHT, TYPE } from '../theme';
import type { TextStyle } from '../textMeasure';
import { statusLabel } from './shared';

/**
 * Draws one landscape timeline page: the quarter and month axis, the lanes (or the part of them that
 * fits this page), the bars with their labels, the milestones, the today line and the legend.
 */

export const TIMELINE = {
  laneLabelWidth: 118,
  rowHeight: 23,
  maxRowHeight: 32,
  axisHeight: 28,
  /** Room above the axis for the "Today" tag. */
  todayTagRoom: 12,
  legendHeight: 30,
  barTop: 10,
  barHeight: 10,
  /** A label never takes more than this, however long the title. */
  maxLabelWidth: 230,
  labelGap: 8,
} as const;

/** One lane's rows on one page. */
export interface LaneSlice {
  workstream: string;
  /** First row of the lane shown here and how many rows. */
  firstRow: number;
  rowCount: number;
  continued: boolean;
}

export interface TimelineGeometry {
  /** Rows grow (up to maxRowHeight) when a short roadmap would leave half the page empty. */
  rowHeight: number;
  /** From a row's top to its bar's top; the label sits just above the bar. */
  barTop: number;
  timelineLeft: number;
  timelineWidth: number;
  axisTop: number;
  bodyTop: number;
  bodyBottom: number;
}

export function timelineGeometry(canvas: PageCanvas, topY: number, rowHeight: number = TIMELINE.rowHeight): TimelineGeometry {
  const axisTop = topY + TIMELINE.todayTagRoom;
  return {
    rowHeight,
    barTop: TIMELINE.barTop + (rowHeight - TIMELINE.rowHeight) / 2,
    timelineLeft: canvas.left + TIMELINE.laneLabelWidth,
    timelineWidth: canvas.width - TIMELINE.laneLabelWidth,
    axisTop,
    bodyTop: axisTop + TIMELINE.axisHeight,
    bodyBottom: canvas.bottom - TIMELINE.legendHeight,
  };
}

/** The bar label: the title cut to the room, followed by the status in words (never cut off). */
export function barLabelParts(context: SectionContext, bar: RoadmapBar, room: number): { title: string; status: string } {
  const { t, measure } = context;
  const statusText = bar.datesInverted ? `${statusLabel(t, bar.initiative.status)} · ${t('pdf.roadmap.inverted')}` : statusLabel(t, bar.initiative.status);
  const status = `· ${statusText}`;
  // The title and the status are drawn with a space between them; the status is never the part cut.
  const statusWidth = measure.width(` ${status}`, TYPE.small);
  const title = bar.initiative.title.trim() || t('pdf.untitled');
  if (room - statusWidth < 24) return { title: '', status: measure.fit(statusText, room, TYPE.small) };
  return { title: measure.fit(title, room - statusWidth, TYPE.smallBold), status };
}

export function drawTimelinePage(
  context: SectionContext,
  canvas: PageCanvas,
  layout: RoadmapLayout,
  slices: readonly LaneSlice[],
  geometry: TimelineGeometry,
): void {
  const { timelineLeft, timelineWidth, bodyTop } = geometry;
  const xOf = (fraction: number): number => timelineLeft + fraction * timelineWidth;
  const bodyHeight = slices.reduce((sum, slice) => sum + slice.rowCount * geometry.rowHeight, 0);
  const bodyEnd = bodyTop + Math.max(bodyHeight, geometry.rowHeight);

  // Painted back to front: grid, today line, axis labels, bars, milestones, then the bar labels on top.
  drawLanes(context, canvas, slices, geometry);
  drawGrid(canvas, layout, geometry, bodyEnd, xOf);
  if (layout.todayX !== null) {
    const x = xOf(layout.todayX);
    canvas.line(x, geometry.axisTop - 2, x, bodyEnd, COLOURS.today, 0.9, [3, 2]);
    canvas.text(context.t('pdf.roadmap.today'), x, geometry.axisTop - 3, TYPE.tinyBold, { align: 'center', colour: COLOURS.today, maxWidth: 60 });
  }
  drawAxisLabels(context, canvas, layout, geometry, xOf);
  const placed = placeBars(layout, slices, geometry);
  for (const { bar, top } of placed) drawBar(canvas, bar, top + geometry.barTop, xOf);
  for (const { mark, top } of placeMilestones(layout, slices, geometry)) {
    drawMilestone(context, canvas, mark, xOf(mark.x), top + geometry.barTop + TIMELINE.barHeight / 2);
  }
  for (const { bar, top } of placed) drawBarLabel(context, canvas, bar, top, xOf, geometry);
  drawLegend(context, canvas, bodyEnd + 18);
}

function drawLanes(context: SectionContext, canvas: PageCanvas, slices: readonly LaneSlice[], geometry: TimelineGeometry): void {
  const { t } = context;
  let laneTop = geometry.bodyTop;
  slices.forEach((slice, index) => {
    const laneHeight = slice.rowCount * geometry.rowHeight;
    if (index % 2 === 0) canvas.rect(canvas.left, laneTop, TIMELINE.laneLabelWidth - 4, laneHeight, { fill: COLOURS.band });
    const laneName = slice.workstream || t('pdf.roadmap.noWorkstream');
    const label = slice.continued ? t('pdf.continued', { title: laneName }) : laneName;
    const maxLines = Math.max(1, Math.floor((laneHeight - 6) / (TYPE.smallBold.size * LINE_HEIGHT)));
    canvas.paragraph(label, canvas.left + 5, laneTop + 5, TIMELINE.laneLabelWidth - 14, TYPE.smallBold, { maxLines });
    canvas.line(canvas.left, laneTop, canvas.right, laneTop, COLOURS.rule, 0.6);
    laneTop += laneHeight;
  });
  canvas.line(canvas.left, laneTop, canvas.right, laneTop, COLOURS.rule, 0.6);
}

function drawGrid(canvas: PageCanvas, layout: RoadmapLayout, geometry: TimelineGeometry, bodyEnd: number, xOf: (fraction: number) => number): void {
  const { timelineLeft, timelineWidth, axisTop } = geometry;
  canvas.rect(timelineLeft, axisTop, timelineWidth, 14, { fill: COLOURS.bandStrong });
  canvas.rect(timelineLeft, axisTop + 14, timelineWidth, 14, { fill: COLOURS.band });
  for (const month of layout.months) canvas.line(xOf(month.x), axisTop + 14, xOf(month.x), bodyEnd, COLOURS.hairline, 0.4);
  for (const quarter of layout.quarters) canvas.line(xOf(quarter.x), axisTop, xOf(quarter.x), bodyEnd, COLOURS.rule, 0.6);
  canvas.line(timelineLeft + timelineWidth, axisTop, timelineLeft + timelineWidth, bodyEnd, COLOURS.rule, 0.6);
}

/** Each label sits on a patch of its band's colour, so the today line passes behind it. */
function drawAxisLabels(context: SectionContext, canvas: PageCanvas, layout: RoadmapLayout, geometry: TimelineGeometry, xOf: (fraction: number) => number): void {
  const { t, format, measure } = context;
  const label = (text: string, x0: number, x1: number, baseline: number, style: TextStyle, band: Rgb, colour: Rgb): void => {
    const fitted = measure.fit(text, Math.max(0, x1 - x0 - 4), style);
    if (!fitted) return;
    const width = measure.width(fitted, style);
    canvas.rect((x0 + x1) / 2 - width / 2 - 1.5, baseline - style.size * 0.8, width + 3, style.size, { fill: band });
    canvas.text(fitted, (x0 + x1) / 2, baseline, style, { align: 'center', colour, maxWidth: x1 - x0 });
  };
  for (const quarter of layout.quarters) {
    const text = t('pdf.roadmap.quarter', { quarter: quarter.index, year: quarter.year });
    label(text, xOf(quarter.x), xOf(quarter.xEnd), geometry.axisTop + 10, TYPE.smallBold, COLOURS.bandStrong, COLOURS.ink);
  }
  for (const month of layout.months) {
    label(format.monthShort(month.year, month.index), xOf(month.x), xOf(month.xEnd), geometry.axisTop + 24, TYPE.tiny, COLOURS.band, COLOURS.muted);
  }
}

interface PlacedBar {
  bar: RoadmapBar;
  top: number;
}

/** The top of each visible row on this page, lane by lane. */
function rowTops(slices: readonly LaneSlice[], geometry: TimelineGeometry): Map<string, (row: number) => number | null> {
  const tops = new Map<string, (row: number) => number | null>();
  let laneTop = geometry.bodyTop;
  for (const slice of slices) {
    const top = laneTop;
    tops.set(slice.workstream, (row) => (row >= slice.firstRow && row < slice.firstRow + slice.rowCount ? top + (row - slice.firstRow) * geometry.rowHeight : null));
    laneTop += slice.rowCount * geometry.rowHeight;
  }
  return tops;
}

function placeBars(layout: RoadmapLayout, slices: readonly LaneSlice[], geometry: TimelineGeometry): PlacedBar[] {
  const tops = rowTops(slices, geometry);
  return layout.lanes.flatMap((lane) =>
    lane.bars.flatMap((bar) => {
      const top = tops.get(lane.workstream)?.(bar.row) ?? null;
      return top === null ? [] : [{ bar, top }];
    }),
  );
}

function placeMilestones(layout: RoadmapLayout, slices: readonly LaneSlice[], geometry: TimelineGeometry): { mark: RoadmapMilestoneMark; top: number }[] {
  const tops = rowTops(slices, geometry);
  return layout.lanes.flatMap((lane) =>
    lane.milestones.flatMap((mark) => {
      const top = tops.get(lane.workstream)?.(mark.row) ?? null;
      return top === null ? [] : [{ mark, top }];
    }),
  );
}

/** `barTop` is the top edge of the bar itself. */
function drawBar(canvas: PageCanvas, bar: RoadmapBar, barTop: number, xOf: (fraction: number) => number): void {
  const x0 = xOf(bar.x0);
  const x1 = Math.max(xOf(bar.x1), x0 + 2);
  const style = INITIATIVE_STATUS_STYLES[bar.initiative.status];
  canvas.rect(x0, barTop, x1 - x0, TIMELINE.barHeight, {
    fill: style.fill,
    stroke: style.stroke,
    lineWidth: 0.7,
    radius: 1.5,
    dash: style.dashed ? [2.5, 1.5] : [],
  });
  const middle = barTop + TIMELINE.barHeight / 2;
  if (bar.clippedStart) chevron(canvas, x0 + 1, middle, -1, bar.initiative.status);
  if (bar.clippedEnd) chevron(canvas, x1 - 1, middle, 1, bar.initiative.status);
}

function drawBarLabel(context: SectionContext, canvas: PageCanvas, bar: RoadmapBar, top: number, xOf: (fraction: number) => number, geometry: TimelineGeometry): void {
  const x0 = xOf(bar.labelX);
  const room = Math.min(TIMELINE.maxLabelWidth, geometry.timelineLeft + geometry.timelineWidth - x0 - 1);
  const { title, status } = barLabelParts(context, bar, room);
  const baseline = top + geometry.barTop - 2.5;
  const titleWidth = title ? canvas.text(title, x0, baseline, TYPE.smallBold, { maxWidth: room }) : 0;
  const gap = title ? context.measure.width(' ', TYPE.small) : 0;
  canvas.text(status, x0 + titleWidth + gap, baseline, TYPE.small, { colour: COLOURS.muted, maxWidth: Math.max(0, room - titleWidth - gap) });
}

/** A small arrow head inside the bar's cut end: the initiative goes on beyond this page's window. */
function chevron(canvas: PageCanvas, x: number, y: number, direction: 1 | -1, status: InitiativeStatus): void {
  const colour = status === 'on_track' || status === 'off_track' ? COLOURS.white : COLOURS.ink;
  canvas.polygon(
    [
      [x, y],
      [x - direction * 4, y - 3],
      [x - direction * 4, y + 3],
    ],
    true,
    { fill: colour },
  );
}

export function milestoneStyle(context: SectionContext, mark: Pick<RoadmapMilestoneMark, 'milestone'>): { fill: readonly [number, number, number]; stroke: readonly [number, number, number] } {
  if (mark.milestone.done) return { fill: COLOURS.ink, stroke: COLOURS.ink };
  if (mark.milestone.date < context.today) return { fill: LIGHT_COLOURS.red.fill, stroke: LIGHT_COLOURS.red.stroke };
  return { fill: COLOURS.white, stroke: COLOURS.ink };
}

function drawMilestone(context: SectionContext, canvas: PageCanvas, mark: RoadmapMilestoneMark, x: number, y: number): void {
  canvas.diamond(x, y, 4.6, { ...milestoneStyle(context, mark), lineWidth: 0.8 });
}

function drawLegend(context: SectionContext, canvas: PageCanvas, baseline: number): void {
  const { t } = context;
  let x = canvas.left;
  let y = baseline;
  const advance = (width: number): void => {
    x += width + 14;
  };
  const fits = (width: number): void => {
    if (x + width > canvas.right) {
      x = canvas.left;
      y += 11;
    }
  };
  const labelOf = (text: string, offset: number): number => {
    const width = context.measure.width(context.measure.fit(text, 160, TYPE.small), TYPE.small);
    fits(offset + width);
    return width;
  };
  const legendTitle = t('pdf.roadmap.legend');
  const titleWidth = canvas.text(legendTitle, x, y, TYPE.smallBold, { maxWidth: 100 });
  advance(titleWidth - 6);
  for (const status of ['not_started', 'on_track', 'at_risk', 'off_track', 'done'] as const) {
    const style = INITIATIVE_STATUS_STYLES[status];
    const width = labelOf(statusLabel(t, status), 18);
    canvas.rect(x, y - 6.5, 14, 7, { fill: style.fill, stroke: style.stroke, lineWidth: 0.7, radius: 1, dash: style.dashed ? [2.5, 1.5] : [] });
    canvas.text(statusLabel(t, status), x + 18, y, TYPE.small, { maxWidth: 160 });
    advance(18 + width);
  }
  const marks = [
    { text: t('pdf.roadmap.milestoneOpen'), fill: COLOURS.white, stroke: COLOURS.ink },
    { text: t('pdf.roadmap.milestoneDone'), fill: COLOURS.ink, stroke: COLOURS.ink },
    { text: t('pdf.roadmap.milestoneOverdue'), fill: LIGHT_COLOURS.red.fill, stroke: LIGHT_COLOURS.red.stroke },
  ];
  for (const mark of marks) {
    const width = labelOf(mark.text, 12);
    canvas.diamond(x + 4, y - 3, 4, { fill: mark.fill, stroke: mark.stroke, lineWidth: 0.8 });
    canvas.text(mark.text, x + 12, y, TYPE.small, { maxWidth: 160 });
    advance(12 + width);
  }
  const todayText = t('pdf.roadmap.todayLine', { date: context.format.date(context.today) });
  const todayWidth = labelOf(todayText, 18);
  canvas.line(x + 7, y - 8, x + 7, y + 1, COLOURS.today, 0.9, [3, 2]);
  canvas.text(todayText, x + 18, y, TYPE.small, { maxWidth: 160 });
  advance(18 + todayWidth);
}
