import { useEffect, useRef } from 'react';
import { getPlatform } from '../../../platform';
import { enteredPageFullScreen, isPresenterWindow, notePageFullScreenEnded } from './presenterSession';

/**
 * Full screen while presenting in this window. The desktop app uses its window API (main's
 * projector window is full screen already); a browser was asked on entry, inside the user's gesture,
 * and when the browser leaves full screen itself (its own Escape) presenter mode ends with it.
 */
export function usePresenterFullScreen(onBrowserExit: () => void): void {
  const latestExit = useRef(onBrowserExit);
  useEffect(() => {
    latestExit.current = onBrowserExit;
  }, [onBrowserExit]);

  useEffect(() => {
    if (isPresenterWindow()) return;
    const desktop = getPlatform().presenter;
    if (desktop) {
      desktop.setFullScreen(true).catch((error: unknown) => console.warn('[presenter] no full screen', error));
      return () => {
        desktop.setFullScreen(false).catch((error: unknown) => console.warn('[presenter] full screen stays on', error));
      };
    }
    const onChange = () => {
      if (document.fullscreenElement || !enteredPageFullScreen()) return;
      notePageFullScreenEnded();
      latestExit.current();
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement && enteredPageFullScreen()) document.exitFullscreen().catch(() => undefined);
      notePageFullScreenEnded();
    };
  }, []);
}
