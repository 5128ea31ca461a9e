import { afterEach, describe, expect, it, vi } from 'vitest';
import { requestPersistentStorage } from '../../renderer/data';

function stubStorage(storage: Partial<StorageManager> | undefined): void {
  vi.stubGlobal('navigator', { storage });
}

describe('requestPersistentStorage', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('reports granted when the browser grants persistence', async () => {
    stubStorage({ persisted: async () => false, persist: async () => true });
    expect(await requestPersistentStorage()).toBe('granted');
  });

  it('does not ask again when persistence is already granted', async () => {
    const persist = vi.fn(async () => true);
    stubStorage({ persisted: async () => true, persist });
    expect(await requestPersistentStorage()).toBe('granted');
    expect(persist).not.toHaveBeenCalled();
  });

  it('reports denied when the browser refuses, as headless Chromium does', async () => {
    stubStorage({ persisted: async () => false, persist: async () => false });
    expect(await requestPersistentStorage()).toBe('denied');
  });

  it('reports denied when the request throws', async () => {
    stubStorage({ persisted: async () => false, persist: () => Promise.reject(new Error('not allowed')) });
    expect(await requestPersistentStorage()).toBe('denied');
  });

  it('reports unsupported without a storage manager', async () => {
    stubStorage(undefined);
    expect(await requestPersistentStorage()).toBe('unsupported');
  });
});
