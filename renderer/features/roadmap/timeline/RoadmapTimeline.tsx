import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AutoScrollActivator, DndContext, type Announcements, type AutoScrollOptions } from '@dnd-kit/core';
import type { Initiative, Milestone, Workshop } from '../../../../shared/domain';
import { resizedDates, shiftedDates } from '../../../../shared/logic/roadmapPlan';
import { barDescription, dateRange, initiativeName, workstreamName } from '../roadmapText';
import { DependencyArrows } from './DependencyArrows';
import { TimelineAxis } from './TimelineAxis';
import { TimelineBar } from './TimelineBar';
import { TimelineLegend } from './TimelineLegend';
import { dayNumber } from '../../../../shared/logic/roadmapLayout';
import { fittedPixelsPerDay, timelineSizes, type TimelineZoom } from './timelineGeometry';
import { EarlyDragKeyHold } from '../../../components/dnd/EarlyDragKeyHold';
import { barDragData, useBarDrag } from './useBarDrag';
import { useBarKeyboard } from './useBarKeyboard';
import { usePlanDateWriter } from './usePlanDateWriter';
import { timelineWindow, useTimelineModel, type DragPreview } from './useTimelineModel';
import { useElementWidth } from './useElementWidth';
import { useZoomAnchor } from './useZoomAnchor';

interface RoadmapTimelineProps {
  workshop: Workshop;
  initiatives: readonly Initiative[];
  milestones: readonly Milestone[];
  zoom: TimelineZoom;
  onOpen: (initiativeId: string) => void;
  /** A bar that should take the focus as soon as it is drawn (e.g. the first initiative just created). */
  focusId: string | null;
  onFocused: () => void;
}

/**
 * The roadmap as a Gantt chart: a lane per workstream, bars that move and stretch by pointer (dnd-kit)
 * or keyboard, milestones as diamonds, dependency arrows and a line for today. Every change is one
 * undo step; while a bar is dragged it is drawn where it would land, warnings included.
 */
/**
 * The timeline scrolls only when the pointer is right at its edge: dnd-kit's default (a fifth of the
 * view on each side) scrolled under a bar picked up anywhere near the side, so it slid by more days
 * than the pointer travelled.
 */
const EDGE_AUTO_SCROLL: AutoScrollOptions = { activator: AutoScrollActivator.Pointer, threshold: { x: 0.05, y: 0.05 }, acceleration: 6 };

export function RoadmapTimeline({ workshop, initiatives, milestones, zoom, onOpen, focusId, onFocused }: RoadmapTimelineProps) {
  const { t } = useTranslation();
  const helpId = useId();
  const [announcement, setAnnouncement] = useState({ text: '', key: 0 });
  const scrollRef = useRef<HTMLDivElement>(null);
  const wrapRef = useRef<HTMLDivElement>(null);
  const writeDates = usePlanDateWriter(workshop.id, initiatives, milestones);
  const storedById = useMemo(() => new Map(initiatives.map((initiative) => [initiative.id, initiative])), [initiatives]);
  const nameOf = useCallback((id: string) => initiativeName(storedById.get(id), t), [storedById, t]);
  const announce = useCallback((text: string) => setAnnouncement((previous) => ({ text, key: previous.key + 1 })), []);

  const change = useCallback(
    async (initiativeId: string, mode: 'move' | 'resize', days: number) => {
      const name = nameOf(initiativeId);
      const dates = await writeDates(initiativeId, mode, days, t(mode === 'move' ? 'roadmap.undo.moveBar' : 'roadmap.undo.resizeBar', { name }));
      if (dates) announce(t(mode === 'move' ? 'roadmap.timeline.moved' : 'roadmap.timeline.resized', { name, dates: dateRange(dates.start, dates.end, workshop.language, t) }));
    },
    [writeDates, nameOf, announce, workshop.language, t],
  );

  const announceStep = useCallback(
    (step: DragPreview) => {
      const initiative = storedById.get(step.initiativeId);
      if (!initiative) return;
      const dates = step.mode === 'move' ? shiftedDates(initiative, step.days) : resizedDates(initiative, step.days);
      announce(t('roadmap.timeline.wouldRun', { dates: dateRange(dates.start, dates.end, workshop.language, t) }));
    },
    [storedById, announce, workshop.language, t],
  );

  const dateWindow = useMemo(() => timelineWindow(initiatives, milestones), [initiatives, milestones]);
  // The scroller's border takes a pixel on each side.
  const viewWidth = Math.max(0, useElementWidth(wrapRef) - 2);
  const windowDays = dateWindow ? (dayNumber(dateWindow.end) ?? 0) - (dayNumber(dateWindow.start) ?? 0) + 1 : 0;
  // Projectors raise the root font size; the timeline grows with it. Re-read when the view resizes.
  const scale = useMemo(() => (viewWidth >= 0 ? parseFloat(getComputedStyle(document.documentElement).fontSize) / 16 || 1 : 1), [viewWidth]);
  const sizes = useMemo(() => timelineSizes(scale), [scale]);
  const pixelsPerDay = fittedPixelsPerDay(zoom, viewWidth, windowDays, sizes, scale);
  const drag = useBarDrag(pixelsPerDay, change, announceStep);
  const model = useTimelineModel(initiatives, milestones, dateWindow, zoom, pixelsPerDay, sizes, drag.preview, t('roadmap.untitled'));
  const { placement } = model;
  useZoomAnchor(scrollRef, zoom, placement?.trackWidth ?? 0, placement?.todayX ?? null, sizes.laneLabelWidth);
  const keyboard = useBarKeyboard(placement?.bars ?? [], drag.onDragKey, change, onOpen);
  const { focusBar, registerNode } = keyboard;

  useEffect(() => {
    if (focusId !== null && placement?.barById.has(focusId)) {
      focusBar(focusId);
      onFocused();
    }
  }, [focusId, placement, focusBar, onFocused]);

  const accessibility = useMemo(() => {
    const named = (key: string, data: unknown) => {
      const bar = barDragData(data);
      return bar ? t(key, { name: nameOf(bar.initiativeId) }) : undefined;
    };
    const announcements: Announcements = {
      onDragStart: ({ active }) => named('roadmap.timeline.pickedUp', active.data.current),
      onDragOver: () => undefined,
      // The stored dates are announced once the change is written.
      onDragEnd: () => undefined,
      onDragCancel: ({ active }) => named('roadmap.timeline.dragCancelled', active.data.current),
    };
    return { screenReaderInstructions: { draggable: t('roadmap.timeline.keyboardHelp') }, announcements };
  }, [t, nameOf]);

  const renderedBars = useMemo(() => {
    if (!placement) return null;
    // In plan order, not in the order they are drawn: a bar that moves to another row must keep its
    // place in the document, or it would lose the keyboard focus while being moved.
    return [...model.initiativeById.values()].map((initiative) => {
      const placed = placement.barById.get(initiative.id);
      if (!placed) return null;
      const warningCount = model.warningCounts.get(placed.id) ?? 0;
      return (
        <TimelineBar
          key={placed.id}
          placed={placed}
          initiative={initiative}
          label={initiativeName(initiative, t)}
          ariaLabel={barDescription(initiative, model.milestoneCounts.get(placed.id) ?? 0, warningCount, workshop.language, t)}
          roleDescription={t('roadmap.timeline.barRole')}
          hasWarning={warningCount > 0}
          isTabStop={keyboard.tabStopId === placed.id}
          isDragging={drag.preview?.initiativeId === placed.id}
          onKey={keyboard.onKey}
          onOpen={onOpen}
          onFocusBar={keyboard.onFocusBar}
          registerNode={registerNode}
        />
      );
    });
  }, [placement, model, keyboard.tabStopId, keyboard.onKey, keyboard.onFocusBar, registerNode, drag.preview?.initiativeId, onOpen, workshop.language, t]);

  const { laneLabelWidth } = sizes;
  // The wrapper is there from the first render, so its width is known before anything is drawn.
  if (!placement) return <div ref={wrapRef} className="rm-timeline-wrap" />;

  return (
    <div ref={wrapRef} className="rm-timeline-wrap">
      <div ref={scrollRef} className="rm-timeline-scroll" data-testid="roadmap-timeline" data-bars={placement.bars.length}>
        <div className="rm-timeline" style={{ width: laneLabelWidth + placement.trackWidth }}>
          <TimelineAxis zoom={zoom} upperTicks={placement.upperTicks} lowerTicks={placement.lowerTicks} todayX={placement.todayX} trackWidth={placement.trackWidth} sizes={sizes} language={workshop.language} />
          <div className="rm-body" style={{ height: placement.bodyHeight }}>
            {placement.lanes.map((lane, index) => (
              <div key={`${lane.workstream}-${index}`} className={index % 2 === 0 ? 'rm-lane' : 'rm-lane rm-lane-alt'} style={{ top: lane.top, height: lane.height }}>
                <div className="rm-lane-label" style={{ width: laneLabelWidth }}>
                  <span className="rm-lane-name">{workstreamName(lane.workstream, t)}</span>
                  <span className="rm-lane-count">{t('roadmap.timeline.laneCount', { count: lane.barCount })}</span>
                </div>
              </div>
            ))}
            <div className="rm-track" style={{ left: laneLabelWidth, width: placement.trackWidth, height: placement.bodyHeight }}>
              {placement.lowerTicks.map((tick) => (
                <span key={tick.key} className="rm-gridline" style={{ left: tick.left }} aria-hidden="true" />
              ))}
              {placement.todayX === null ? null : <span className="rm-today-line" style={{ left: placement.todayX }} aria-hidden="true" />}
              <DependencyArrows paths={model.paths} width={placement.trackWidth} height={placement.bodyHeight} />
              <DndContext sensors={drag.sensors} {...drag.handlers} accessibility={accessibility} autoScroll={EDGE_AUTO_SCROLL}>
                <EarlyDragKeyHold />
                <div role="group" aria-label={t('roadmap.timeline.barsLabel')} aria-describedby={helpId}>
                  {renderedBars}
                </div>
              </DndContext>
              {placement.milestones.map(({ mark, x, y }) => (
                // Drawn over the bars but transparent to the pointer, so a milestone on an
                // initiative's last day never hides the grip that stretches it.
                <span key={mark.milestone.id} className={mark.milestone.done ? 'rm-diamond rm-diamond-done' : 'rm-diamond'} style={{ left: x, top: y }} data-testid="roadmap-milestone" aria-hidden="true" />
              ))}
            </div>
          </div>
        </div>
      </div>
      <TimelineLegend helpId={helpId} />
      <div className="visually-hidden" role="status" aria-live="polite" data-testid="roadmap-announcer">
        <span key={announcement.key}>{announcement.text}</span>
      </div>
    </div>
  );
}
