import { useMemo } from 'react';
import { todayIsoDate, type Initiative, type Milestone } from '../../../../shared/domain';
import { layoutRoadmap, roadmapWindowFor, widenWindowByMonths, type DateWindow, type LayoutInitiative } from '../../../../shared/logic/roadmapLayout';
import { checkRoadmapPlan, milestonesMovedWith, resizedDates, shiftedDates, type PlanWarning } from '../../../../shared/logic/roadmapPlan';
import { createLabelMeasure } from './labelWidth';
import { dependencyPaths, placeTimeline, type TimelineSizes, type TimelineZoom } from './timelineGeometry';

/** A bar being dragged: drawn (with its arrows and warnings) where it would land, before anything is stored. */
export interface DragPreview {
  initiativeId: string;
  mode: 'move' | 'resize';
  days: number;
}

function withPreview(initiatives: readonly Initiative[], milestones: readonly Milestone[], preview: DragPreview | null) {
  if (!preview || preview.days === 0) return { initiatives, milestones };
  const movedInitiatives = initiatives.map((initiative) => {
    if (initiative.id !== preview.initiativeId) return initiative;
    const dates = preview.mode === 'move' ? shiftedDates(initiative, preview.days) : resizedDates(initiative, preview.days);
    return { ...initiative, ...dates };
  });
  if (preview.mode !== 'move') return { initiatives: movedInitiatives, milestones };
  const moved = new Map(milestonesMovedWith(milestones, preview.initiativeId, preview.days).map((milestone) => [milestone.id, milestone.date]));
  return { initiatives: movedInitiatives, milestones: milestones.map((milestone) => (moved.has(milestone.id) ? { ...milestone, date: moved.get(milestone.id) ?? milestone.date } : milestone)) };
}

/** The dates the timeline shows: the stored plan, padded; null when nothing is dated. */
export function timelineWindow(initiatives: readonly Initiative[], milestones: readonly Milestone[]): DateWindow | null {
  const fitted = roadmapWindowFor(initiatives, milestones);
  // A month of room on either side, so a bar can be dragged a little past the plan's ends.
  return fitted ? widenWindowByMonths(fitted, 1) : null;
}

/**
 * Everything the timeline draws. The window comes from the stored plan only (see timelineWindow), so
 * it stays put under a bar being dragged, while bars, arrows and warnings follow the drag preview.
 */
export function useTimelineModel(
  initiatives: readonly Initiative[],
  milestones: readonly Milestone[],
  dateWindow: DateWindow | null,
  zoom: TimelineZoom,
  pixelsPerDay: number,
  sizes: TimelineSizes,
  preview: DragPreview | null,
  untitled: string,
) {
  const displayed = useMemo(() => withPreview(initiatives, milestones, preview), [initiatives, milestones, preview]);
  const warnings = useMemo(() => checkRoadmapPlan(displayed.initiatives, displayed.milestones), [displayed]);

  const warningCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const warning of warnings) counts.set(warning.initiativeId, (counts.get(warning.initiativeId) ?? 0) + 1);
    return counts;
  }, [warnings]);

  const milestoneCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const milestone of milestones) counts.set(milestone.initiativeId, (counts.get(milestone.initiativeId) ?? 0) + 1);
    return counts;
  }, [milestones]);

  // Measured once per title (and warning sign), not on every drag step.
  const labelWidths = useMemo(() => {
    const measure = createLabelMeasure(sizes);
    const widths = new Map<string, number>();
    for (const initiative of initiatives) widths.set(initiative.id, measure(initiative.title.trim() || untitled, warningCounts.has(initiative.id)));
    return widths;
  }, [initiatives, warningCounts, untitled, sizes]);

  const layout = useMemo(() => {
    if (!dateWindow) return null;
    const labelDays = (initiative: LayoutInitiative) => ((labelWidths.get(initiative.id) ?? sizes.maxLabelWidth) + sizes.labelGap) / pixelsPerDay;
    return layoutRoadmap(displayed.initiatives, displayed.milestones, dateWindow, { today: todayIsoDate(), labelDays });
  }, [dateWindow, displayed, pixelsPerDay, labelWidths, sizes]);

  const placement = useMemo(() => (layout ? placeTimeline(layout, zoom, pixelsPerDay, sizes, (id) => labelWidths.get(id) ?? sizes.maxLabelWidth) : null), [layout, zoom, pixelsPerDay, sizes, labelWidths]);

  const paths = useMemo(() => {
    if (!placement) return [];
    const broken = new Set(warnings.flatMap((warning) => (warning.kind === 'dependencyBroken' ? [`${warning.predecessorId}->${warning.initiativeId}`] : [])));
    const links = displayed.initiatives.flatMap((initiative) => initiative.dependsOnIds.map((fromId) => ({ fromId, toId: initiative.id })));
    return dependencyPaths(placement, links, (fromId, toId) => broken.has(`${fromId}->${toId}`));
  }, [placement, displayed, warnings]);

  const initiativeById = useMemo(() => new Map(displayed.initiatives.map((initiative) => [initiative.id, initiative])), [displayed]);

  return { placement, paths, warnings: warnings as readonly PlanWarning[], warningCounts, milestoneCounts, initiativeById };
}
