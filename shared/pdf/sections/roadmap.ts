import { dayNumber, layoutRoadmap, roadmapWindowFor, splitWindowByMonths, type DateWindow, type LayoutInitiative, type RoadmapLayout } from '../../logic/roadmapLayout';
import { SectionFlow, headingWithContinuation } from '../documentBuilder';
import { pageDimensions } from '../documentModel';
import type { SectionContext } from '../sectionContext';
import { blocksCell, drawTable, textCell } from '../table';
import { COLOURS, MARGIN, TYPE } from '../theme';
import { statusLabel } from './shared';
import { drawTimelinePage, TIMELINE, timelineGeometry, type LaneSlice } from './timelinePage';

/**
 * The roadmap on landscape pages: the timeline (split by time when it covers more than a year and a
 * half, and by rows when the lanes do not fit one page, with the axis repeated on every page), then
 * the initiatives and milestones as tables with the details a bar cannot carry.
 */

export const MAX_MONTHS_PER_PAGE = 18;

export function buildRoadmap(context: SectionContext): void {
  const { t, doc, facts, bundle } = context;
  const heading = t('pdf.sections.roadmap');
  const window = roadmapWindowFor(facts.initiatives, bundle.records.milestones);
  if (!window) {
    const canvas = doc.sectionCanvas('roadmap', 'landscape', heading);
    canvas.paragraph(t('pdf.roadmap.empty'), canvas.left, canvas.y, canvas.width, TYPE.body, { colour: COLOURS.muted });
    return;
  }
  const windows = balancedWindows(window);
  let firstPage = true;
  windows.forEach((slice, index) => {
    const layout = layoutForWindow(context, slice);
    const part = windows.length > 1 ? t('pdf.roadmap.part', { part: index + 1, parts: windows.length }) : '';
    drawTimelinePages(context, layout, part, () => {
      const pageHeading = firstPage ? heading : headingWithContinuation(t, heading);
      firstPage = false;
      return pageHeading;
    });
  });
  buildInitiativeTable(context);
  buildMilestoneTable(context);
}

/** Months in the window, split into as few pages as needed with about the same number of months each. */
function balancedWindows(window: DateWindow): DateWindow[] {
  const first = new Date(`${window.start}T00:00:00Z`);
  const last = new Date(`${window.end}T00:00:00Z`);
  const months = (last.getUTCFullYear() - first.getUTCFullYear()) * 12 + last.getUTCMonth() - first.getUTCMonth() + 1;
  const parts = Math.ceil(months / MAX_MONTHS_PER_PAGE);
  return splitWindowByMonths(window, Math.ceil(months / parts));
}

function layoutForWindow(context: SectionContext, window: DateWindow): RoadmapLayout {
  const { measure, t, facts, bundle, doc } = context;
  const pageWidth = pageDimensions(doc.paperSize, 'landscape').width;
  const timelineWidth = pageWidth - MARGIN.side * 2 - TIMELINE.laneLabelWidth;
  const days = (dayNumber(window.end) ?? 0) - (dayNumber(window.start) ?? 0) + 1;
  const pointsPerDay = timelineWidth / Math.max(1, days);
  // Rows are packed around the labels too, so a label never runs into the next bar.
  const labelDays = (initiative: LayoutInitiative): number => {
    const title = measure.width(measure.clean(initiative.title || t('pdf.untitled')), TYPE.smallBold);
    const status = measure.width(` · ${statusLabel(t, initiative.status)}`, TYPE.small);
    return (Math.min(TIMELINE.maxLabelWidth, title + status) + TIMELINE.labelGap) / pointsPerDay;
  };
  return layoutRoadmap(facts.initiatives, bundle.records.milestones, window, { today: context.today, labelDays });
}

function drawTimelinePages(context: SectionContext, layout: RoadmapLayout, part: string, nextHeading: () => string): void {
  const { t, format, doc } = context;
  const windowText = t('pdf.roadmap.window', { start: format.date(layout.window.start), end: format.date(layout.window.end) });
  const subtitle = part ? `${windowText} · ${part}` : windowText;

  const totalRows = layout.lanes.reduce((sum, lane) => sum + lane.rowCount, 0);
  let rowHeight: number | null = null;
  const startPage = () => {
    const canvas = doc.sectionCanvas('roadmap', 'landscape', nextHeading());
    canvas.text(subtitle, canvas.left, canvas.y + TYPE.small.size, TYPE.small, { colour: COLOURS.muted, maxWidth: canvas.width });
    if (layout.unreadableInitiativeIds.length > 0) {
      canvas.text(t('pdf.roadmap.hidden', { count: layout.unreadableInitiativeIds.length }), canvas.right, canvas.y + TYPE.small.size, TYPE.small, {
        colour: COLOURS.muted,
        align: 'right',
        maxWidth: canvas.width / 2,
      });
    }
    const probe = timelineGeometry(canvas, canvas.y + 14);
    // Every page has the same room; a roadmap that fits one page gets taller, easier-to-read rows.
    rowHeight ??= Math.max(TIMELINE.rowHeight, Math.min(TIMELINE.maxRowHeight, Math.floor((probe.bodyBottom - probe.bodyTop) / Math.max(1, totalRows))));
    const geometry = timelineGeometry(canvas, canvas.y + 14, rowHeight);
    const rowsPerPage = Math.max(1, Math.floor((geometry.bodyBottom - geometry.bodyTop) / rowHeight));
    return { canvas, geometry, rowsPerPage };
  };

  let page = startPage();
  let slices: LaneSlice[] = [];
  let rowsLeft = page.rowsPerPage;
  const flush = (): void => {
    drawTimelinePage(context, page.canvas, layout, slices, page.geometry);
    slices = [];
  };
  for (const lane of layout.lanes) {
    // A lane that fits a page is not split just because this page is nearly full.
    if (slices.length > 0 && lane.rowCount > rowsLeft && lane.rowCount <= page.rowsPerPage) {
      flush();
      page = startPage();
      rowsLeft = page.rowsPerPage;
    }
    let firstRow = 0;
    while (firstRow < lane.rowCount) {
      if (rowsLeft === 0) {
        flush();
        page = startPage();
        rowsLeft = page.rowsPerPage;
      }
      const rowCount = Math.min(rowsLeft, lane.rowCount - firstRow);
      slices.push({ workstream: lane.workstream, firstRow, rowCount, continued: firstRow > 0 });
      firstRow += rowCount;
      rowsLeft -= rowCount;
    }
  }
  flush();
}

function buildInitiativeTable(context: SectionContext): void {
  const { t, doc, facts, format } = context;
  const heading = t('pdf.roadmap.initiativesHeading');
  const flow = new SectionFlow(doc, 'roadmap', 'landscape', heading, headingWithContinuation(t, heading));
  const columns = [
    { header: t('pdf.roadmap.columns.initiative'), weight: 3.2 },
    { header: t('pdf.roadmap.columns.workstream'), weight: 1.3 },
    { header: t('pdf.roadmap.columns.owner'), weight: 2 },
    { header: t('pdf.roadmap.columns.dates'), weight: 2 },
    { header: t('pdf.roadmap.columns.budget'), weight: 1.1, align: 'right' as const },
    { header: t('pdf.roadmap.columns.status'), weight: 2.6 },
  ];
  const rows = facts.initiatives.map((initiative) => {
    const update = facts.latestUpdate.get(initiative.id);
    const report = update
      ? t('pdf.roadmap.latestReport', { rag: t(`pdf.rag.${update.rag}`), percent: format.number(update.percentDone), date: format.date(update.date) })
      : t('pdf.roadmap.noReport');
    return [
      blocksCell([
        { text: initiative.title || t('pdf.untitled'), style: TYPE.cellBold, maxLines: 3 },
        { text: initiative.means, style: TYPE.small, colour: COLOURS.muted, maxLines: 2 },
      ]),
      textCell(initiative.workstream.trim() || t('pdf.roadmap.noWorkstream'), { maxLines: 3 }),
      blocksCell([
        { text: initiative.owner.trim() || '–', maxLines: 2 },
        { text: initiative.team, style: TYPE.small, colour: COLOURS.muted, maxLines: 3 },
      ]),
      textCell(`${format.date(initiative.start)} – ${format.date(initiative.end)}`, { maxLines: 3 }),
      textCell(format.money(initiative.budget), { maxLines: 2 }),
      blocksCell([
        { text: statusLabel(t, initiative.status), style: TYPE.cellBold, maxLines: 1 },
        { text: report, style: TYPE.small, colour: COLOURS.muted, maxLines: 2 },
        { text: update?.deviation ?? '', style: TYPE.small, colour: COLOURS.muted, maxLines: 3 },
      ]),
    ];
  });
  const total = facts.initiatives.reduce((sum, initiative) => sum + initiative.budget, 0);
  rows.push([
    textCell(t('pdf.roadmap.total'), { style: TYPE.cellBold }),
    textCell(''),
    textCell(''),
    textCell(''),
    textCell(format.money(total), { style: TYPE.cellBold, maxLines: 2 }),
    textCell(''),
  ]);
  drawTable(flow, columns, rows, { zebra: true });
}

function buildMilestoneTable(context: SectionContext): void {
  const { t, doc, facts, format, today } = context;
  if (facts.milestones.length === 0) return;
  const heading = t('pdf.roadmap.milestonesHeading');
  const flow = new SectionFlow(doc, 'roadmap', 'landscape', heading, headingWithContinuation(t, heading));
  const columns = [
    { header: t('pdf.roadmap.columns.date'), weight: 1.1 },
    { header: t('pdf.roadmap.columns.milestone'), weight: 2.6 },
    { header: t('pdf.roadmap.columns.initiative'), weight: 2.4 },
    { header: t('pdf.roadmap.columns.event'), weight: 3.6 },
    { header: t('pdf.roadmap.columns.state'), weight: 1 },
  ];
  const rows = facts.milestones.map((milestone) => {
    const state = milestone.done ? 'done' : milestone.date < today ? 'overdue' : 'open';
    return [
      textCell(format.date(milestone.date), { maxLines: 2 }),
      textCell(milestone.title || t('pdf.untitled'), { style: TYPE.cellBold, maxLines: 3 }),
      textCell(facts.initiativeById.get(milestone.initiativeId)?.title || t('pdf.untitled'), { maxLines: 3 }),
      textCell(milestone.measurableEvent, { style: TYPE.small, colour: COLOURS.muted, maxLines: 4 }),
      textCell(t(`pdf.roadmap.milestoneState.${state}`), { style: state === 'overdue' ? TYPE.cellBold : TYPE.cell, colour: state === 'overdue' ? COLOURS.today : COLOURS.ink }),
    ];
  });
  drawTable(flow, columns, rows, { zebra: true });
}
