import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parseBackup } from '../../shared/backup';
import type { AutoBackupStore } from '../../renderer/platform';
import { useFreshDatabase } from './dataTestHarness';

// The scheduler asks the platform for the app's name and version; the desktop side is not here.
vi.mock('../../renderer/platform', () => ({
  getPlatform: () => ({ appInfo: async () => ({ name: 'DSRS Studio', version: '0.1.0-test', platform: 'linux', isElectron: true }) }),
}));
const { runAutoBackups } = await import('../../renderer/features/backup/autoBackups');
const { createWorkshop, updateWorkshop } = await import('../../renderer/data');

function memoryStorage(): Storage {
  const values = new Map<string, string>();
  return {
    get length() { return values.size; },
    clear: () => values.clear(),
    getItem: (key) => values.get(key) ?? null,
    key: (index) => [...values.keys()][index] ?? null,
    removeItem: (key) => void values.delete(key),
    setItem: (key, value) => void values.set(key, String(value)),
  };
}

function recordingStore(failing = false): AutoBackupStore & { written: { workshopId: string; title: string; json: string }[] } {
  const written: { workshopId: string; title: string; json: string }[] = [];
  return {
    written,
    write: async (request) => {
      if (failing) return { status: 'failed', message: 'disk full' };
      written.push(request);
      return { status: 'saved', path: `/tmp/${request.workshopId}.dsrs.json`, fileName: `${request.workshopId}.dsrs.json` };
    },
    list: async () => [],
    read: async () => ({ text: '' }),
  };
}

describe('automatic backups', () => {
  useFreshDatabase();
  beforeEach(() => {
    vi.stubGlobal('localStorage', memoryStorage());
  });

  it('writes every changed workshop once, as a valid backup, then only what changed since', async () => {
    const first = await createWorkshop({ title: 'Alpha', clientCompany: 'A SA' });
    await createWorkshop({ title: 'Beta', clientCompany: 'B SA' });
    const store = recordingStore();

    await runAutoBackups(store);
    expect(store.written.map((entry) => entry.title).sort()).toEqual(['Alpha', 'Beta']);
    for (const entry of store.written) expect(parseBackup(entry.json).ok).toBe(true);

    await runAutoBackups(store);
    expect(store.written).toHaveLength(2);

    await new Promise((resolve) => setTimeout(resolve, 5));
    await updateWorkshop(first.id, { title: 'Alpha v2' });
    await runAutoBackups(store);
    expect(store.written.map((entry) => entry.title)).toContain('Alpha v2');
    expect(store.written).toHaveLength(3);
  });

  it('tries failed workshops again on the next run', async () => {
    await createWorkshop({ title: 'Gamma', clientCompany: 'G SA' });
    await runAutoBackups(recordingStore(true));
    const healthy = recordingStore();
    await runAutoBackups(healthy);
    expect(healthy.written.map((entry) => entry.title)).toEqual(['Gamma']);
  });
});
