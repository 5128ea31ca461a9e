import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { isAppUrl } from '../../../electron/main/appOrigin';
import { hardenSession, hardenWebContents, isTrustedIpcSender } from '../../../electron/main/security';

type Listener = (...args: unknown[]) => void;

function fakeWebContents() {
  const listeners = new Map<string, Listener[]>();
  let windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    on(event: string, listener: Listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return contents;
    },
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      windowOpenHandler = handler;
    },
  };
  const emit = (event: string, ...args: unknown[]) => {
    const registered = listeners.get(event) ?? [];
    expect(registered.length, `a listener for ${event}`).toBeGreaterThan(0);
    for (const listener of registered) listener(...args);
  };
  return { contents: contents as unknown as WebContents, emit, openWindow: (url: string) => windowOpenHandler?.({ url }) };
}

function navigationEvent(url: string) {
  return { url, preventDefault: vi.fn() };
}

describe('hardenWebContents', () => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s: blocks other origins and allows the app', (eventName) => {
    const { contents, emit } = fakeWebContents();
    hardenWebContents(contents);
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'app://dsrs.evil/index.html', 'app://other/index.html', 'http://127.0.0.1:5173/']) {
      const event = navigationEvent(url);
      emit(eventName, event, url);
      expect(event.preventDefault, url).toHaveBeenCalled();
    }
    const inside = navigationEvent('app://dsrs/index.html#/workshop/1');
    emit(eventName, inside, inside.url);
    expect(inside.preventDefault).not.toHaveBeenCalled();
  });

  it('denies every window.open, even to the app itself', () => {
    const { contents, openWindow } = fakeWebContents();
    hardenWebContents(contents);
    expect(openWindow('https://example.com/')).toEqual({ action: 'deny' });
    expect(openWindow('app://dsrs/index.html')).toEqual({ action: 'deny' });
  });

  it('prevents webviews from being attached', () => {
    const { contents, emit } = fakeWebContents();
    hardenWebContents(contents);
    const event = { preventDefault: vi.fn() };
    emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('hardenSession', () => {
  it('denies permission requests and checks, and every hardware device', () => {
    let deviceHandler: ((details: unknown) => boolean) | undefined;
    let requestHandler: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined;
    let checkHandler: ((contents: unknown, permission: string) => boolean) | undefined;
    const session = {
      setPermissionRequestHandler: (handler: typeof requestHandler) => {
        requestHandler = handler;
      },
      setPermissionCheckHandler: (handler: typeof checkHandler) => {
        checkHandler = handler;
      },
      setDevicePermissionHandler: (handler: typeof deviceHandler) => {
        deviceHandler = handler;
      },
    } as unknown as Session;
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    hardenSession(session);

    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      requestHandler?.({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(checkHandler?.({}, permission)).toBe(false);
    }
    expect(deviceHandler).toBeTypeOf('function');
    for (const deviceType of ['hid', 'serial', 'usb']) {
      expect(deviceHandler?.({ deviceType, origin: 'app://dsrs', device: {} }), deviceType).toBe(false);
    }
  });
});

describe('isTrustedIpcSender', () => {
  it('accepts only frames showing the app origin', () => {
    expect(isTrustedIpcSender({ senderFrame: { url: 'app://dsrs/index.html' } })).toBe(true);
    expect(isTrustedIpcSender({ senderFrame: { url: 'https://evil.example/' } })).toBe(false);
    expect(isTrustedIpcSender({ senderFrame: { url: 'app://dsrs.evil/index.html' } })).toBe(false);
    expect(isTrustedIpcSender({ senderFrame: { url: 'file:///app/index.html' } })).toBe(false);
    expect(isTrustedIpcSender({ senderFrame: { url: '' } })).toBe(false);
    expect(isTrustedIpcSender({ senderFrame: null })).toBe(false);
  });

  it('uses the same origin rule as navigation', () => {
    expect(isAppUrl('app://dsrs/')).toBe(true);
    expect(isAppUrl('app://dsrs')).toBe(false);
  });
});
