import { describe, expect, it, vi } from 'vitest';
import { describeOpenedBackupFailure, findBackupFileArgument, type OpenedFileAccess, MAX_OPENED_BACKUP_BYTES, readOpenedBackupFile } from '../../../electron/main/openedBackupFile';
import { menuMessages } from '../../../electron/main/menuMessages';

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
    await expect(readOpenedBackupFile('/x/gone.dsrs.json', broken)).resolves.toEqual({ status: 'failed', name: 'gone.dsrs.json', reason: 'unreadable', detail: 'ENOENT: gone' });
  });

  it('explains a failure in the shell language: a folder, a file over the limit, or the system error', async () => {
    const folder = { stat: vi.fn(async () => ({ size: 0, isFile: () => false })), readFile: vi.fn(async () => '') };
    const huge = { stat: vi.fn(async () => ({ size: MAX_OPENED_BACKUP_BYTES + 1, isFile: () => true })), readFile: vi.fn(async () => '') };
    const explain = async (language: 'en' | 'es', access: OpenedFileAccess) => {
      const result = await readOpenedBackupFile('/home/u/x.dsrs.json', access);
      if (result.status === 'read') throw new Error('expected a failure');
      const messages = menuMessages(language, 'DSRS Studio');
      return describeOpenedBackupFailure(result, { notAFile: messages.openFileNotAFile, tooLarge: messages.openFileTooLarge, unreadable: messages.openFileUnreadable });
    };
    expect(await explain('en', folder)).toBe('This is a folder or a device, not a backup file.');
    expect(await explain('en', huge)).toBe('The file is larger than 50 MB, more than any backup can be.');
    expect(await explain('es', huge)).toBe('El archivo supera los 50 MB, más de lo que puede ocupar una copia.');
    expect(describeOpenedBackupFailure({ reason: 'unreadable', detail: 'EACCES: permission denied' }, { notAFile: '', tooLarge: '', unreadable: 'No se pudo leer el archivo: {{detail}}' })).toBe(
      'No se pudo leer el archivo: EACCES: permission denied',
    );
  });
});
