import { useSyncExternalStore } from 'react';
import i18next from 'i18next';
import type { PhaseId } from '../../../../shared/method/phases';
import { phaseHash, PRESENT_PARAM, presentingModeOf, type PresenterTarget } from '../../../../shared/ipc/presenterContract';
import { getPlatform } from '../../../platform';
import { routeToHash } from '../../../app/router';
import { showToast } from '../../../components/toastStore';

/**
 * Where presenter mode lives. In the page itself it is part of the address (?present=page before the
 * phase's route), so a reload and the Back button agree with it and moving between phases keeps it.
 * In the desktop app with a second display, the projector gets its own window (?present=window) and
 * the editor stays as it is.
 */

/** The projector's window opened by the desktop app (it only ever presents). */
export function isPresenterWindow(): boolean {
  return typeof location !== 'undefined' && presentingModeOf(location.search) === 'window';
}

function isPresenting(): boolean {
  return typeof location !== 'undefined' && presentingModeOf(location.search) !== null;
}

/** Changes the query without reloading, and tells the router (which listens to popstate) to look again. */
function goTo(url: string, how: 'push' | 'replace'): void {
  if (how === 'push') history.pushState(null, '', url);
  else history.replaceState(null, '', url);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

function subscribeToLocation(listener: () => void): () => void {
  window.addEventListener('hashchange', listener);
  window.addEventListener('popstate', listener);
  return () => {
    window.removeEventListener('hashchange', listener);
    window.removeEventListener('popstate', listener);
  };
}

/** Is this page presenting? (The router re-renders the shell on every route change as well.) */
export function usePresentingRoute(): boolean {
  return useSyncExternalStore(subscribeToLocation, isPresenting);
}

// ---- The projector's window (desktop app, second display) ----

let externalOpen = false;
let opening = false;
let closedSubscription: (() => void) | null = null;
const externalListeners = new Set<() => void>();

function setExternalOpen(open: boolean): void {
  if (externalOpen === open) return;
  externalOpen = open;
  externalListeners.forEach((listener) => listener());
}

/** True while the desktop app shows presenter mode on another display. */
export function useExternalPresenterOpen(): boolean {
  return useSyncExternalStore(
    (listener) => {
      externalListeners.add(listener);
      return () => externalListeners.delete(listener);
    },
    () => externalOpen,
  );
}

function listenForClosedWindow(): void {
  const desktop = getPlatform().presenter;
  if (!desktop || closedSubscription) return;
  // For the app's lifetime: the projector window may close while the editor shows the library.
  closedSubscription = desktop.onClosed(() => setExternalOpen(false));
}

// ---- Entering and leaving ----

/** Whether presenting in the page turned the browser's full screen on (so leaving turns it off). */
let pageFullScreenByUs = false;

export function enteredPageFullScreen(): boolean {
  return pageFullScreenByUs;
}

function presentInPage(target: PresenterTarget): void {
  goTo(`${location.pathname}?${PRESENT_PARAM}=page${phaseHash(target)}`, 'push');
  if (getPlatform().presenter) return; // The desktop window goes full screen when the view mounts.
  // The web Fullscreen API needs this very user gesture (a click, F5); a refusal is fine, the page presents anyway.
  const root = document.documentElement;
  if (!document.fullscreenElement && typeof root.requestFullscreen === 'function') {
    root.requestFullscreen().then(
      () => {
        pageFullScreenByUs = true;
      },
      () => undefined,
    );
  }
}

/**
 * Presenter mode for the phase on screen: on a second display when the desktop app has one, in this
 * window otherwise. Asking again while presenting just shows this phase.
 */
export function enterPresenterMode(workshopId: string, phase: PhaseId): void {
  const target: PresenterTarget = { workshopId, phase };
  if (isPresenting()) return;
  const desktop = getPlatform().presenter;
  if (!desktop) {
    presentInPage(target);
    return;
  }
  listenForClosedWindow();
  if (opening) return;
  opening = true;
  desktop
    .open(target)
    .then((outcome) => {
      if (outcome === 'single-display') {
        presentInPage(target);
        return;
      }
      setExternalOpen(true);
      showToast({ tone: 'info', message: i18next.t('facilitation.presenter.onSecondDisplay') });
    })
    .catch((error: unknown) => {
      console.warn('[presenter] no second window, presenting here', error);
      presentInPage(target);
    })
    .finally(() => {
      opening = false;
    });
}

/** Back to the editor on the phase shown; the projector's own window closes instead. */
export function leavePresenterMode(workshopId: string, phase: PhaseId): void {
  if (isPresenterWindow()) {
    getPlatform().presenter?.close().catch((error: unknown) => console.warn('[presenter] could not close', error));
    return;
  }
  if (!isPresenting()) return;
  goTo(`${location.pathname}${routeToHash({ name: 'workshop', workshopId, phase })}`, 'replace');
}

/** Presenter mode moves to another phase without leaving it (and without filling the history). */
export function presentPhase(workshopId: string, phase: PhaseId): void {
  // A relative address keeps the query, so presenter mode stays on.
  goTo(phaseHash({ workshopId, phase }), 'replace');
}

/** Ends presenting on the second display. */
export function stopExternalPresenter(): void {
  const desktop = getPlatform().presenter;
  setExternalOpen(false);
  desktop?.close().catch((error: unknown) => console.warn('[presenter] could not close', error));
}

/** The editor moved to another phase: the projector follows. */
export function followInExternalPresenter(workshopId: string, phase: PhaseId): void {
  if (!externalOpen || isPresenterWindow()) return;
  getPlatform()
    .presenter?.show({ workshopId, phase })
    .catch((error: unknown) => console.warn('[presenter] the projector did not follow', error));
}

/** Forget the full-screen flag once the page left full screen, whoever ended it. */
export function notePageFullScreenEnded(): void {
  pageFullScreenByUs = false;
}
