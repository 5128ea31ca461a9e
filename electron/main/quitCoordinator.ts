/**
 * Gives the renderer a chance to write its automatic backups before the app goes away: main sends
 * 'app:before-quit', the renderer answers 'app:ready-to-quit', and main waits at most a few seconds so
 * a hung renderer can never keep the app from quitting.
 */

export const QUIT_DEADLINE_MS = 5000;

export type QuitPreparationOutcome = 'acknowledged' | 'timed-out' | 'no-renderer';

export interface QuitCoordinatorOptions {
  /** Sends 'app:before-quit' to the renderer; false when there is no live renderer to ask. */
  notifyRenderer(deadlineMs: number): boolean;
  deadlineMs?: number;
}

export class QuitCoordinator {
  private pending: Promise<QuitPreparationOutcome> | null = null;
  private resolvePending: ((outcome: QuitPreparationOutcome) => void) | null = null;
  private readonly deadlineMs: number;

  constructor(private readonly options: QuitCoordinatorOptions) {
    this.deadlineMs = options.deadlineMs ?? QUIT_DEADLINE_MS;
  }

  /** Asks the renderer to get ready; repeated calls while waiting share the same wait. */
  prepareToQuit(): Promise<QuitPreparationOutcome> {
    if (this.pending) return this.pending;
    if (!this.options.notifyRenderer(this.deadlineMs)) return Promise.resolve('no-renderer');
    this.pending = new Promise<QuitPreparationOutcome>((resolve) => {
      const timer = setTimeout(() => this.finish('timed-out'), this.deadlineMs);
      this.resolvePending = (outcome) => {
        clearTimeout(timer);
        resolve(outcome);
      };
    });
    return this.pending;
  }

  /** The renderer's 'app:ready-to-quit'. Ignored when nothing is waiting. */
  acknowledge(): void {
    this.finish('acknowledged');
  }

  get isWaiting(): boolean {
    return this.pending !== null;
  }

  private finish(outcome: QuitPreparationOutcome): void {
    const resolve = this.resolvePending;
    this.pending = null;
    this.resolvePending = null;
    resolve?.(outcome);
  }
}
