import { z } from 'zod';
import { isPhaseId, type PhaseId } from '../method/phases';
import { failedResultSchema } from './ipcResult';

/**
 * Presenter mode on a second display: the editor window asks main to open a full-screen window on
 * the projector showing one phase of one workshop, tells it which phase to follow, and closes it.
 * Both windows read the same IndexedDB, so only the place to show travels over IPC, never data.
 */

export const presenterPhaseSchema = z.custom<PhaseId>((value) => typeof value === 'string' && isPhaseId(value), {
  message: 'not a phase of the method',
});

/** What the presenter window shows; the workshop id goes into a URL, so it must be a plain UUID. */
export const presenterTargetSchema = z.strictObject({
  workshopId: z.uuid(),
  phase: presenterPhaseSchema,
});
export type PresenterTarget = z.infer<typeof presenterTargetSchema>;

export const presenterOpenRequestSchema = presenterTargetSchema;

export const presenterOpenResultSchema = z.discriminatedUnion('status', [
  /** A presenter window shows the target on another display (opened now, or already open and moved there). */
  z.object({ status: z.literal('opened') }),
  /** Only one display: the renderer presents in its own window instead. */
  z.object({ status: z.literal('single-display') }),
  failedResultSchema,
]);
export type PresenterOpenResult = z.infer<typeof presenterOpenResultSchema>;

export const presenterShowRequestSchema = presenterTargetSchema;

export const presenterShowResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('shown') }),
  z.object({ status: z.literal('not-open') }),
  failedResultSchema,
]);
export type PresenterShowResult = z.infer<typeof presenterShowResultSchema>;

export const presenterCloseRequestSchema = z.undefined();

export const presenterCloseResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('closed') }),
  z.object({ status: z.literal('not-open') }),
  failedResultSchema,
]);
export type PresenterCloseResult = z.infer<typeof presenterCloseResultSchema>;

/**
 * Full screen for the asking window itself, through the window API: a menu command or F5 reaches the
 * page without the user gesture the web Fullscreen API insists on.
 */
export const presenterFullScreenRequestSchema = z.strictObject({ fullScreen: z.boolean() });
export type PresenterFullScreenRequest = z.infer<typeof presenterFullScreenRequestSchema>;

export const presenterFullScreenResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('applied'), fullScreen: z.boolean() }),
  failedResultSchema,
]);
export type PresenterFullScreenResult = z.infer<typeof presenterFullScreenResultSchema>;

/** Main -> presenter window: the editor moved on, show this instead. */
export const presenterShowEventSchema = presenterTargetSchema;
export type PresenterShowEvent = z.infer<typeof presenterShowEventSchema>;

/** Main -> editor window: the presenter window is gone (Escape, closed by the user, display unplugged). */
export const presenterClosedEventSchema = z.strictObject({});
export type PresenterClosedEvent = z.infer<typeof presenterClosedEventSchema>;

// ---- The presenter's address, shared by main (which loads it) and the renderer (which reads it) ----

/**
 * Presenter mode is marked in the URL's query, not its hash: the hash is the app's route (phase
 * screens put their own deep links after the phase), and the query survives every move between
 * phases, a reload and the Back button. 'page': the editor's window presents itself; 'window': the
 * desktop app's projector window, which only ever presents.
 */
export type PresentingMode = 'page' | 'window';
export const PRESENT_PARAM = 'present';

/** How a URL query says to present, or null when it does not. */
export function presentingModeOf(search: string): PresentingMode | null {
  const value = new URLSearchParams(search).get(PRESENT_PARAM);
  return value === 'page' || value === 'window' ? value : null;
}

/** The hash route of a workshop phase: #/workshop/<id>/<phase>. */
export function phaseHash(target: PresenterTarget): string {
  return `#/workshop/${encodeURIComponent(target.workshopId)}/${target.phase}`;
}

/** The address, relative to the app's root, of the projector window showing a target. */
export function presenterWindowPath(target: PresenterTarget): string {
  return `index.html?${PRESENT_PARAM}=window${phaseHash(target)}`;
}
