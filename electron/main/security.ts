import type { Event, Session, WebContents } from 'electron';
import { isAppUrl } from './appOrigin';

/**
 * Runtime guards for every web contents and the session. The renderer only ever shows the app's own
 * pages; anything that would leave them (links, redirects, popups, webviews, permission prompts) is
 * refused, so a bug or injected content in the renderer cannot reach the wider system.
 */

interface NavigationEvent {
  url: string;
  preventDefault(): void;
}

function blockForeignNavigation(event: NavigationEvent): void {
  if (!isAppUrl(event.url)) {
    event.preventDefault();
    console.warn(`[security] blocked navigation to ${event.url}`);
  }
}

export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', blockForeignNavigation);
  contents.on('will-frame-navigate', blockForeignNavigation);
  contents.on('will-redirect', blockForeignNavigation);
  contents.setWindowOpenHandler(({ url }) => {
    console.warn(`[security] denied window.open of ${url}`);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event: Event) => {
    event.preventDefault();
  });
}

/**
 * The app needs no browser permission (camera, notifications, clipboard reads, ...) and no hardware
 * device (USB, HID, serial): all are refused. The device handler is set too because device grants are
 * a separate path from permission checks; without it Electron keeps whatever a chooser granted.
 */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    console.warn(`[security] denied permission request: ${permission}`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

/** The part of an IPC event the sender check reads (IpcMainInvokeEvent and IpcMainEvent both have it). */
export interface IpcSenderInfo {
  senderFrame: { url: string } | null;
}

/**
 * IPC is answered only for frames showing the app's own pages. A destroyed frame (null) or any other
 * origin (a navigated-away or injected frame) gets nothing.
 */
export function isTrustedIpcSender(event: IpcSenderInfo): boolean {
  const frame = event.senderFrame;
  return frame !== null && isAppUrl(frame.url);
}
