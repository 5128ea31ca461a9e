import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import { EVENT_CHANNELS, EVENT_CONTRACT, INVOKE_CHANNELS } from '../../shared/ipc/contract';
import type { DsrsApi, EventChannel, EventPayload, InvokeChannel, InvokeRequest, InvokeResponse, Unsubscribe } from '../../shared/ipc/contract';

/**
 * The bridge between the sandboxed renderer and main: exposes `window.dsrs`, built only from the
 * contract's channels. No ipcRenderer, no generic send/invoke, no Node: the page can call exactly the
 * methods of DsrsApi and nothing else.
 */

function invoke<C extends InvokeChannel>(channel: C, request: InvokeRequest<C>): Promise<InvokeResponse<C>> {
  return ipcRenderer.invoke(channel, request);
}

/** Events that may arrive before the renderer subscribes (a file opened at launch) are held for it. */
const HELD_UNTIL_SUBSCRIBED: ReadonlySet<EventChannel> = new Set([EVENT_CHANNELS.openBackupFile]);

type Listener<C extends EventChannel> = (payload: EventPayload<C>) => void;

const listeners = new Map<EventChannel, Set<(payload: unknown) => void>>();
const heldPayloads = new Map<EventChannel, unknown[]>();

function deliver(channel: EventChannel, payload: unknown): void {
  const subscribed = listeners.get(channel);
  if (subscribed && subscribed.size > 0) {
    for (const listener of subscribed) listener(payload);
  } else if (HELD_UNTIL_SUBSCRIBED.has(channel)) {
    heldPayloads.set(channel, [...(heldPayloads.get(channel) ?? []), payload]);
  }
}

for (const channel of Object.values(EVENT_CHANNELS)) {
  ipcRenderer.on(channel, (_event: IpcRendererEvent, payload: unknown) => {
    const parsed = EVENT_CONTRACT[channel].safeParse(payload);
    if (!parsed.success) {
      console.error(`[dsrs bridge] dropped a malformed ${channel} event`, parsed.error.issues);
      return;
    }
    deliver(channel, parsed.data);
  });
}

function subscribe<C extends EventChannel>(channel: C, listener: Listener<C>): Unsubscribe {
  if (typeof listener !== 'function') throw new TypeError(`${channel}: the listener must be a function`);
  // Payloads reaching this set were validated against this channel's schema above.
  const untyped = listener as (payload: unknown) => void;
  const subscribed = listeners.get(channel) ?? new Set();
  subscribed.add(untyped);
  listeners.set(channel, subscribed);
  const held = heldPayloads.get(channel);
  if (held) {
    heldPayloads.delete(channel);
    for (const payload of held) untyped(payload);
  }
  return () => {
    subscribed.delete(untyped);
  };
}

const dsrsApi = {
  files: {
    saveFile: (request) => invoke(INVOKE_CHANNELS.saveFile, request),
    openTextFile: (request) => invoke(INVOKE_CHANNELS.openTextFile, request),
  },
  autoBackup: {
    write: (request) => invoke(INVOKE_CHANNELS.writeAutoBackup, request),
    list: () => invoke(INVOKE_CHANNELS.listAutoBackups, undefined),
    read: (request) => invoke(INVOKE_CHANNELS.readAutoBackup, request),
  },
  app: {
    info: () => invoke(INVOKE_CHANNELS.appInfo, undefined),
    readyToQuit: () => invoke(INVOKE_CHANNELS.readyToQuit, undefined),
    setLanguage: (request) => invoke(INVOKE_CHANNELS.setLanguage, request),
    onBeforeQuit: (listener) => subscribe(EVENT_CHANNELS.beforeQuit, listener),
    onOpenBackupFile: (listener) => subscribe(EVENT_CHANNELS.openBackupFile, listener),
  },
  menu: {
    onCommand: (listener) => subscribe(EVENT_CHANNELS.menuCommand, listener),
  },
  presenter: {
    open: (target) => invoke(INVOKE_CHANNELS.openPresenter, target),
    show: (target) => invoke(INVOKE_CHANNELS.showInPresenter, target),
    close: () => invoke(INVOKE_CHANNELS.closePresenter, undefined),
    setFullScreen: (request) => invoke(INVOKE_CHANNELS.setPresenterFullScreen, request),
    onNavigate: (listener) => subscribe(EVENT_CHANNELS.presenterNavigate, listener),
    onClosed: (listener) => subscribe(EVENT_CHANNELS.presenterClosed, listener),
  },
} satisfies DsrsApi;

contextBridge.exposeInMainWorld('dsrs', dsrsApi);
