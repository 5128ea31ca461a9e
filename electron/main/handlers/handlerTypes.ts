import type { BrowserWindow } from 'electron';
import type { InvokeChannel, InvokeRequest, InvokeResponse } from '../../../shared/ipc/contract';

/** What a handler may know about the call besides its (already validated) request. */
export interface IpcCallContext {
  /** The window that asked, to parent dialogs; null when it is gone. */
  senderWindow: BrowserWindow | null;
}

/**
 * A feature's handler for one channel: receives a request that already passed the contract's schema,
 * returns the contract's response (failures included as values, never thrown to Electron).
 */
export type IpcHandler<C extends InvokeChannel> = (request: InvokeRequest<C>, context: IpcCallContext) => Promise<InvokeResponse<C>>;

/** Exactly one handler per invoke channel of the contract. */
export type IpcHandlerMap = { [C in InvokeChannel]: IpcHandler<C> };
