import { INVOKE_CHANNELS } from '../../../shared/ipc/contract';
import type { IpcHandlerMap } from './handlerTypes';

/** The renderer's answer to 'app:before-quit': its automatic backups are written, quitting may go on. */
export function createAppQuitHandlers(onReadyToQuit: () => void): Pick<IpcHandlerMap, 'app:ready-to-quit'> {
  return {
    [INVOKE_CHANNELS.readyToQuit]: async () => {
      onReadyToQuit();
      return { status: 'acknowledged' };
    },
  };
}
