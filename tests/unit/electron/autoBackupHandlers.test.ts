import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createAutoBackupHandlers, listAutoBackups } from '../../../electron/main/handlers/autoBackup';
import type { AutoBackupHandlerDeps } from '../../../electron/main/handlers/autoBackup';
import { autoBackupFileName } from '../../../shared/ipc/autoBackupFileName';

const WORKSHOP_A = '0b7d5a4e-3c1f-4e2a-9b6d-1f2e3a4b5c6d';
const WORKSHOP_B = '9f0e1d2c-3b4a-4c5d-8e6f-7a8b9c0d1e2f';
const context = { senderWindow: null };

let base: string;
let clock: Date;
let deps: AutoBackupHandlerDeps;

beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'dsrs-auto-'));
  clock = new Date('2025-03-01T10:00:00.000Z');
  let counter = 0;
  deps = {
    folder: join(base, 'auto-backups'),
    fileSystem: {
      mkdir: async (directory) => {
        await mkdir(directory, { recursive: true });
      },
      writeFile: (path, text) => writeFile(path, text, 'utf8'),
      rename,
      readdir: (directory) => readdir(directory),
      stat,
      readFile: (path) => readFile(path, 'utf8'),
      unlink,
    },
    now: () => clock,
    randomId: () => `id${(counter += 1)}`,
  };
});

describe('automatic backups on disk', () => {
  it('writes, lists newest first with title and size, and reads back', async () => {
    const handlers = createAutoBackupHandlers(deps);
    const first = await handlers['auto-backup:write']({ workshopId: WORKSHOP_A, title: 'Acme Q3', json: '{"v":1}' }, context);
    clock = new Date('2025-03-01T10:05:00.000Z');
    const second = await handlers['auto-backup:write']({ workshopId: WORKSHOP_B, title: 'Beta — Łódź', json: '{"v":22}' }, context);
    expect(first).toMatchObject({ status: 'saved', fileName: autoBackupFileName(WORKSHOP_A, new Date('2025-03-01T10:00:00.000Z')) });
    expect(second.status).toBe('saved');

    const listed = await handlers['auto-backup:list'](undefined, context);
    expect(listed).toEqual({
      status: 'listed',
      entries: [
        { fileName: autoBackupFileName(WORKSHOP_B, clock), workshopId: WORKSHOP_B, title: 'Beta — Łódź', savedAt: '2025-03-01T10:05:00.000Z', bytes: 8 },
        { fileName: autoBackupFileName(WORKSHOP_A, new Date('2025-03-01T10:00:00.000Z')), workshopId: WORKSHOP_A, title: 'Acme Q3', savedAt: '2025-03-01T10:00:00.000Z', bytes: 7 },
      ],
    });

    const read = await handlers['auto-backup:read']({ fileName: autoBackupFileName(WORKSHOP_A, new Date('2025-03-01T10:00:00.000Z')) }, context);
    expect(read).toEqual({ status: 'read', text: '{"v":1}' });
    // No temporary files are left behind.
    expect(readdirSync(deps.folder).some((name) => name.endsWith('.tmp'))).toBe(false);
  });

  it('lists nothing (not an error) before the first backup', async () => {
    await expect(createAutoBackupHandlers(deps)['auto-backup:list'](undefined, context)).resolves.toEqual({ status: 'listed', entries: [] });
  });

  it('reports a vanished file as not found', async () => {
    const result = await createAutoBackupHandlers(deps)['auto-backup:read']({ fileName: autoBackupFileName(WORKSHOP_A, clock) }, context);
    expect(result).toEqual({ status: 'not_found' });
  });

  it('refuses path-traversal names even when called past the contract', async () => {
    writeFileSync(join(base, 'secret.txt'), 'top secret');
    const read = createAutoBackupHandlers(deps)['auto-backup:read'];
    for (const fileName of ['../secret.txt', `../${WORKSHOP_A}_2025-03-01T09-30-00-000Z.dsrs.json`]) {
      const result = await read({ fileName }, context);
      expect(result, fileName).toEqual({ status: 'failed', message: expect.any(String) });
    }
  });

  it('prunes by the retention rule after each write, with their sidecars', async () => {
    const handlers = createAutoBackupHandlers(deps);
    for (let minute = 0; minute < 23; minute += 1) {
      clock = new Date(Date.UTC(2025, 2, 1, 10, minute));
      await handlers['auto-backup:write']({ workshopId: WORKSHOP_A, title: 'Acme', json: `{"minute":${minute}}` }, context);
    }
    const entries = await listAutoBackups(deps);
    expect(entries).toHaveLength(20);
    expect(entries.at(-1)?.savedAt).toBe('2025-03-01T10:03:00.000Z');
    expect(readdirSync(deps.folder).filter((name) => name.endsWith('.meta.json'))).toHaveLength(20);
  });

  it('reports a write it could not make as a typed failure', async () => {
    const failing: AutoBackupHandlerDeps = { ...deps, fileSystem: { ...deps.fileSystem, writeFile: () => Promise.reject(new Error('ENOSPC: no space left')) } };
    const result = await createAutoBackupHandlers(failing)['auto-backup:write']({ workshopId: WORKSHOP_A, title: 'A', json: '{}' }, context);
    expect(result).toEqual({ status: 'failed', message: expect.stringContaining('ENOSPC') });
  });
});
