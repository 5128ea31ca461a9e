import type { BrowserWindow } from 'electron';
import { INVOKE_CHANNELS } from '../../../shared/ipc/contract';
import type { PresenterTarget } from '../../../shared/ipc/presenterContract';
import { failedResult } from '../../../shared/ipc/ipcResult';
import type { IpcHandlerMap } from './handlerTypes';

/** What the presenter handlers drive: the projector window (see presenterWindow.ts) and full screen. */
export interface PresenterHandlerDeps {
  open(target: PresenterTarget): 'opened' | 'single-display';
  show(target: PresenterTarget): 'shown' | 'not-open';
  close(): 'closed' | 'not-open';
  setFullScreen(window: BrowserWindow, fullScreen: boolean): void;
}

export function createPresenterHandlers(
  deps: PresenterHandlerDeps,
): Pick<IpcHandlerMap, 'presenter:open' | 'presenter:show' | 'presenter:close' | 'presenter:full-screen'> {
  return {
    [INVOKE_CHANNELS.openPresenter]: async (target) => ({ status: deps.open(target) }),
    [INVOKE_CHANNELS.showInPresenter]: async (target) => ({ status: deps.show(target) }),
    [INVOKE_CHANNELS.closePresenter]: async () => ({ status: deps.close() }),
    [INVOKE_CHANNELS.setPresenterFullScreen]: async ({ fullScreen }, { senderWindow }) => {
      // Only the asking window itself: the renderer cannot make any other window full screen.
      if (!senderWindow) return failedResult('The window that asked is gone.');
      deps.setFullScreen(senderWindow, fullScreen);
      return { status: 'applied', fullScreen };
    },
  };
}
