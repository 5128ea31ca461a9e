import { vi } from 'vitest';
import type { GuardedInvokeEvent, IpcHandlerDeps, IpcRegistrar } from '../../../electron/main/handlers';

/** Builders shared by the IPC handler tests: recording fakes for everything a handler touches. */

export const TRUSTED_EVENT: GuardedInvokeEvent = { senderFrame: { url: 'app://dsrs/index.html' } };
export const FOREIGN_EVENT: GuardedInvokeEvent = { senderFrame: { url: 'https://evil.example/' } };

export type RegisteredListener = (event: GuardedInvokeEvent, payload?: unknown) => Promise<unknown>;

export function recordingRegistrar() {
  const registered = new Map<string, RegisteredListener>();
  const calls: string[] = [];
  const registrar: IpcRegistrar = {
    handle(channel, listener) {
      calls.push(channel);
      registered.set(channel, listener);
    },
  };
  return { registrar, registered, calls };
}

export function spyDeps(overrides: Partial<IpcHandlerDeps> = {}) {
  const files = {
    dialogs: {
      showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/tmp/chosen.json' })),
      showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: ['/tmp/chosen.json'] })),
    },
    fileSystem: {
      writeFile: vi.fn(async () => undefined),
      stat: vi.fn(async () => ({ size: 10, isFile: () => true })),
      readFile: vi.fn(async () => '{}'),
    },
    defaultDirectory: () => '/home/user/Documents',
  };
  const autoBackup = {
    folder: '/nonexistent/auto-backups',
    fileSystem: {
      mkdir: vi.fn(async () => undefined),
      writeFile: vi.fn(async () => undefined),
      rename: vi.fn(async () => undefined),
      readdir: vi.fn(async () => []),
      stat: vi.fn(async () => ({ size: 1 })),
      readFile: vi.fn(async () => '{}'),
      unlink: vi.fn(async () => undefined),
    },
    now: () => new Date('2025-03-01T10:00:00.000Z'),
    randomId: () => 'r',
  };
  const presenter = {
    open: vi.fn(() => 'opened' as const),
    show: vi.fn(() => 'shown' as const),
    close: vi.fn(() => 'closed' as const),
    setFullScreen: vi.fn(),
  };
  const deps: IpcHandlerDeps = {
    files,
    autoBackup,
    appIdentity: { name: 'DSRS Studio', version: '1.2.3', platform: 'linux' },
    onReadyToQuit: vi.fn(),
    onLanguageChange: vi.fn(),
    presenter,
    ...overrides,
  };
  return { deps, files, autoBackup, presenter };
}
