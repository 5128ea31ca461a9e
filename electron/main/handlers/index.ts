import type { IpcMainInvokeEvent } from 'electron';
import { ALL_INVOKE_CHANNELS, INVOKE_CONTRACT } from '../../../shared/ipc/contract';
import type { InvokeChannel, InvokeRequest, InvokeResponse } from '../../../shared/ipc/contract';
import type { ShellLanguage } from '../../../shared/ipc/languageContract';
import { describeError, failedResult } from '../../../shared/ipc/ipcResult';
import type { FailedResult } from '../../../shared/ipc/ipcResult';
import { isTrustedIpcSender } from '../security';
import type { IpcSenderInfo } from '../security';
import { createAppInfoHandlers } from './appInfo';
import type { AppIdentity } from './appInfo';
import { createAppLanguageHandlers } from './appLanguage';
import { createAppQuitHandlers } from './appQuit';
import { createAutoBackupHandlers } from './autoBackup';
import type { AutoBackupHandlerDeps } from './autoBackup';
import { createFilesHandlers } from './files';
import type { FilesHandlerDeps } from './files';
import { createPresenterHandlers } from './presenter';
import type { PresenterHandlerDeps } from './presenter';
import type { IpcCallContext, IpcHandler, IpcHandlerMap } from './handlerTypes';

/** The one place where the features' IPC handlers are assembled and registered with Electron. */

export interface IpcHandlerDeps {
  files: FilesHandlerDeps;
  autoBackup: AutoBackupHandlerDeps;
  appIdentity: AppIdentity;
  onReadyToQuit(): void;
  /** The renderer switched its UI language; the shell follows (menu labels). */
  onLanguageChange(language: ShellLanguage): void;
  /** The projector window and full screen for presenter mode. */
  presenter: PresenterHandlerDeps;
}

export function createIpcHandlers(deps: IpcHandlerDeps): IpcHandlerMap {
  return {
    ...createFilesHandlers(deps.files),
    ...createAutoBackupHandlers(deps.autoBackup),
    ...createAppInfoHandlers(deps.appIdentity),
    ...createAppQuitHandlers(deps.onReadyToQuit),
    ...createAppLanguageHandlers(deps.onLanguageChange),
    ...createPresenterHandlers(deps.presenter),
  };
}

/** The slice of an invoke event the guard reads; tests pass plain objects. */
export type GuardedInvokeEvent = IpcSenderInfo & { sender?: IpcMainInvokeEvent['sender'] };

export interface GuardOptions {
  isTrustedSender(event: IpcSenderInfo): boolean;
  contextFor(event: GuardedInvokeEvent): IpcCallContext;
}

/**
 * Wraps a feature handler with what every channel needs: the sender must be the app's own page, the
 * payload must match the contract, the answer must match the contract, and nothing is ever thrown
 * back to Electron (which would reach the renderer as an untyped error string).
 */
export function guardHandler<C extends InvokeChannel>(
  channel: C,
  handler: IpcHandler<C>,
  options: GuardOptions,
): (event: GuardedInvokeEvent, payload?: unknown) => Promise<InvokeResponse<C> | FailedResult> {
  const schemas = INVOKE_CONTRACT[channel];
  return async (event, payload) => {
    if (!options.isTrustedSender(event)) {
      console.warn(`[ipc] ${channel}: refused a call from ${event.senderFrame?.url ?? 'a destroyed frame'}`);
      return failedResult('Refused: the request did not come from the app.');
    }
    const request = schemas.request.safeParse(payload);
    if (!request.success) {
      return failedResult(`Invalid request for ${channel}: ${request.error.issues.map((issue) => `${issue.path.join('.') || '(payload)'}: ${issue.message}`).join('; ')}`);
    }
    try {
      // The schema was chosen by `channel`, so its output is this channel's request type.
      const response = await handler(request.data as InvokeRequest<C>, options.contextFor(event));
      const checked = schemas.response.safeParse(response);
      if (!checked.success) {
        console.error(`[ipc] ${channel}: handler answered outside the contract`, checked.error);
        return failedResult(`Internal error: ${channel} produced an invalid response.`);
      }
      return response;
    } catch (error) {
      console.error(`[ipc] ${channel} failed`, error);
      return failedResult(describeError(error));
    }
  };
}

export interface IpcRegistrar {
  handle(channel: string, listener: (event: GuardedInvokeEvent, payload?: unknown) => Promise<unknown>): void;
}

/** Registers one guarded handler per contract channel; a missing or unknown handler fails at start-up. */
export function registerIpcHandlers(registrar: IpcRegistrar, handlers: IpcHandlerMap, options: GuardOptions): void {
  const contractChannels = new Set<string>(ALL_INVOKE_CHANNELS);
  const extra = Object.keys(handlers).filter((channel) => !contractChannels.has(channel));
  if (extra.length > 0) throw new Error(`IPC handlers for channels outside the contract: ${extra.join(', ')}`);
  const register = <C extends InvokeChannel>(channel: C): void => {
    const handler: IpcHandler<C> | undefined = handlers[channel];
    if (typeof handler !== 'function') throw new Error(`No IPC handler for ${channel}`);
    registrar.handle(channel, guardHandler(channel, handler, options));
  };
  for (const channel of ALL_INVOKE_CHANNELS) register(channel);
}

export function defaultGuardOptions(contextFor: GuardOptions['contextFor']): GuardOptions {
  return { isTrustedSender: isTrustedIpcSender, contextFor };
}
