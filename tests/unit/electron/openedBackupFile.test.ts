import { describe, expect, it, vi } from 'vitest';
import { findBackupFileArgument, MAX_OPENED_BACKUP_BYTES, readOpenedBackupFile } from '../../../electron/main/openedBackupFile';

describe('backup files opened by the OS', () => {
  it('finds a .dsrs.json path among the arguments, skipping the executable and flags', () => {
    expect(findBackupFileArgument(['/opt/DSRS Studio/dsrs-studio', '--no-sandbox', '/home/u/Acme Q3.DSRS.JSON'])).toBe('/home/u/Acme Q3.DSRS.JSON');
    expect(findBackupFileArgument(['C:\\x.dsrs.json'])).toBeNull();
    expect(findBackupFileArgument(['electron', '.', '/home/u/notes.json', '--flag=a.dsrs.json'])).toBeNull();
  });

  it('reads a file within the size limit and names it by its base name', async () => {
    const access = { stat: vi.fn(async () => ({ size: 20, isFile: () => true })), readFile: vi.fn(async () => '\uFEFF{"format":1}') };
    await expect(readOpenedBackupFile('/home/u/acme.dsrs.json', access)).resolves.toEqual({
      status: 'read',
      event: { name: 'acme.dsrs.json', text: '{"format":1}' },
    });
  });

  it('refuses an oversized file without reading it, and reports read errors', async () => {
    const access = { stat: vi.fn(async () => ({ size: MAX_OPENED_BACKUP_BYTES + 1, isFile: () => true })), readFile: vi.fn(async () => '') };
    await expect(readOpenedBackupFile('/home/u/huge.dsrs.json', access)).resolves.toMatchObject({ status: 'failed', name: 'huge.dsrs.json' });
    expect(access.readFile).not.toHaveBeenCalled();
    const broken = { stat: vi.fn(async () => Promise.reject(new Error('ENOENT: gone'))), readFile: vi.fn(async () => '') };
    await expect(readOpenedBackupFile('/x/gone.dsrs.json', broken)).resolves.toEqual({ status: 'failed', name: 'gone.dsrs.json', message: 'ENOENT: gone' });
  });
});
