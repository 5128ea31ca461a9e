import { INVOKE_CHANNELS } from '../../../shared/ipc/contract';
import type { IpcHandlerMap } from './handlerTypes';

export interface AppIdentity {
  name: string;
  version: string;
  platform: NodeJS.Platform;
}

export function createAppInfoHandlers(identity: AppIdentity): Pick<IpcHandlerMap, 'app:info'> {
  return {
    [INVOKE_CHANNELS.appInfo]: async () => ({ status: 'ok', ...identity, isElectron: true }),
  };
}
