import { phaseOfKind, type PhaseId } from '../../../shared/method/phases';
import type { TraceKind } from '../../../shared/logic/traceability';
import { navigate, routeToHash } from '../../app/router';

/**
 * Going from a trace to the record it names: the record's phase opens with the record's id after the
 * phase in the address (#/workshop/<id>/<phase>/<record id>, the form the reformulation screen reads
 * to focus an objective; the router ignores it). Screens that mark a record with data-trace-id get it
 * scrolled into view and focused once it has rendered.
 */

/** Measurements have no place of their own: they are shown with their KPI. */
export type TraceTarget = { kind: Exclude<TraceKind, 'measurements'>; id: string };

export function traceTargetHash(workshopId: string, target: TraceTarget): string {
  return `${routeToHash({ name: 'workshop', workshopId, phase: phaseOfKind(target.kind) })}/${encodeURIComponent(target.id)}`;
}

export function goToTraceTarget(workshopId: string, target: TraceTarget): void {
  navigate({ name: 'workshop', workshopId, phase: phaseOfKind(target.kind) });
  // Same history entry: Back returns to where the trace was opened, not to a half-way address.
  history.replaceState(null, '', traceTargetHash(workshopId, target));
  revealWhenRendered(target.id);
}

/** How long to wait for a lazily loaded screen and its live queries before giving up quietly. */
const REVEAL_FRAMES = 120;

function revealWhenRendered(id: string): void {
  let frames = 0;
  const look = () => {
    const element = document.querySelector<HTMLElement>(`[data-trace-id="${CSS.escape(id)}"]`);
    if (element) {
      element.scrollIntoView({ block: 'center' });
      element.focus({ preventScroll: true });
      return;
    }
    frames += 1;
    if (frames < REVEAL_FRAMES) requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}

/** The record id a trace link put after `phase` in the address, if any. */
export function linkedRecordId(hash: string, phase: PhaseId): string | null {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  if (parts[0] !== 'workshop' || parts[2] !== phase || !parts[3]) return null;
  return decodeURIComponent(parts[3]);
}
