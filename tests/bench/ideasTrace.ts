// Main-thread cost of pointer moves and frames, read from a Chromium performance trace (CDP Tracing):
// the busy time of the renderer's main thread between one pointer move and the next, and per frame.
import type { CDPSession, Page } from 'playwright-core';

/** The slice of a Chrome trace event this analysis reads (microseconds). */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { data?: { type?: string } };
}

const CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'].join(',');

export interface TraceRecorder {
  stop: () => Promise<TraceEvent[]>;
}

export async function startTrace(page: Page): Promise<TraceRecorder> {
  const client: CDPSession = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  client.on('Tracing.dataCollected', ({ value }) => {
    for (const event of value as unknown as TraceEvent[]) events.push(event);
  });
  await client.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  return {
    stop: async () => {
      const complete = new Promise<void>((resolve) => client.once('Tracing.tracingComplete', () => resolve()));
      await client.send('Tracing.end');
      await complete;
      await client.detach();
      return events;
    },
  };
}

interface Interval {
  start: number;
  end: number;
}

/** Top-level tasks of one thread, overlapping ones merged, so nested task events are not counted twice. */
function busyIntervals(events: readonly TraceEvent[], pid: number, tid: number): Interval[] {
  const tasks = events
    .filter((event) => event.pid === pid && event.tid === tid && event.ph === 'X' && (event.name === 'RunTask' || event.name === 'ThreadControllerImpl::RunTask'))
    .map((event) => ({ start: event.ts, end: event.ts + (event.dur ?? 0) }))
    .sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  for (const task of tasks) {
    const last = merged[merged.length - 1];
    if (last && task.start <= last.end) last.end = Math.max(last.end, task.end);
    else merged.push({ ...task });
  }
  return merged;
}

function busyWithin(intervals: readonly Interval[], window: Interval): number {
  let total = 0;
  for (const interval of intervals) {
    if (interval.end <= window.start) continue;
    if (interval.start >= window.end) break;
    total += Math.min(interval.end, window.end) - Math.max(interval.start, window.start);
  }
  return total;
}

export interface DragCost {
  /** Main-thread busy time (ms) from each pointer move to the next. */
  perMove: number[];
  /** Main-thread busy time (ms) of each frame, between two animation frames. */
  perFrame: number[];
  /** Time (ms) between consecutive animation frames. */
  frameIntervals: number[];
}

const FRAME_MS = 1000 / 60;

/** A frame that took longer than one and a half refresh intervals dropped at least one frame. */
export function droppedFrames(intervals: readonly number[]): number {
  return intervals.filter((interval) => interval > FRAME_MS * 1.5).length;
}

export function analyseDrag(events: readonly TraceEvent[]): DragCost {
  const moves = events.filter((event) => event.name === 'EventDispatch' && event.args?.data?.type === 'pointermove').sort((a, b) => a.ts - b.ts);
  const first = moves[0];
  if (!first) throw new Error('The trace holds no pointer moves; the drag did not reach the page');
  const { pid, tid } = first;
  const busy = busyIntervals(events, pid, tid);
  const perMove: number[] = [];
  for (let index = 0; index + 1 < moves.length; index += 1) {
    const from = moves[index];
    const to = moves[index + 1];
    if (from && to) perMove.push(busyWithin(busy, { start: from.ts, end: to.ts }) / 1000);
  }
  const last = moves[moves.length - 1] ?? first;
  const frames = events
    .filter((event) => event.pid === pid && event.tid === tid && event.name === 'FireAnimationFrame' && event.ts >= first.ts && event.ts <= last.ts)
    .sort((a, b) => a.ts - b.ts);
  const perFrame: number[] = [];
  const frameIntervals: number[] = [];
  for (let index = 0; index + 1 < frames.length; index += 1) {
    const from = frames[index];
    const to = frames[index + 1];
    if (!from || !to) continue;
    frameIntervals.push((to.ts - from.ts) / 1000);
    perFrame.push(busyWithin(busy, { start: from.ts, end: to.ts }) / 1000);
  }
  return { perMove, perFrame, frameIntervals };
}
