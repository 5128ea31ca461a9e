import { describe, expect, it, vi } from 'vitest';
import { createFilesHandlers, toDialogFilters } from '../../../electron/main/handlers/files';
import { spyDeps } from './ipcTestKit';

const context = { senderWindow: null };
const filters = [{ name: 'DSRS Studio backup', extensions: ['dsrs.json', 'json'] }];

describe('files handlers', () => {
  it('offers compound extensions by their last part, once', () => {
    expect(toDialogFilters(filters)).toEqual([{ name: 'DSRS Studio backup', extensions: ['json'] }]);
    expect(toDialogFilters([{ name: 'All', extensions: ['*'] }])).toEqual([{ name: 'All', extensions: ['*'] }]);
  });

  it('saves text where the user chose, starting in the documents folder', async () => {
    const { files } = spyDeps();
    const save = createFilesHandlers(files)['files:save'];
    const result = await save({ suggestedName: 'acme.dsrs.json', filters, encoding: 'utf8', content: '{"a":1}' }, context);
    expect(result).toEqual({ status: 'saved', path: '/tmp/chosen.json' });
    expect(files.dialogs.showSaveDialog).toHaveBeenCalledWith(null, expect.objectContaining({ defaultPath: expect.stringMatching(/Documents[\\/]acme\.dsrs\.json$/) }));
    expect(files.fileSystem.writeFile).toHaveBeenCalledWith('/tmp/chosen.json', '{"a":1}');
  });

  it('saves bytes unchanged', async () => {
    const { files } = spyDeps();
    const bytes = new Uint8Array([37, 80, 68, 70]);
    await createFilesHandlers(files)['files:save']({ suggestedName: 'roadmap.pdf', filters: [], encoding: 'binary', content: bytes }, context);
    expect(files.fileSystem.writeFile).toHaveBeenCalledWith('/tmp/chosen.json', bytes);
  });

  it('writes nothing when the user cancels', async () => {
    const { files } = spyDeps();
    files.dialogs.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    const result = await createFilesHandlers(files)['files:save']({ suggestedName: 'a.json', filters, encoding: 'utf8', content: '' }, context);
    expect(result).toEqual({ status: 'cancelled' });
    expect(files.fileSystem.writeFile).not.toHaveBeenCalled();
  });

  it('reports a failed write as a typed failure with the reason', async () => {
    const { files } = spyDeps();
    files.fileSystem.writeFile.mockRejectedValueOnce(new Error('EACCES: permission denied'));
    const result = await createFilesHandlers(files)['files:save']({ suggestedName: 'a.json', filters, encoding: 'utf8', content: '' }, context);
    expect(result).toEqual({ status: 'failed', message: expect.stringContaining('EACCES') });
  });

  it('opens a text file, dropping a UTF-8 byte order mark', async () => {
    const { files } = spyDeps();
    files.dialogs.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/home/u/acme.dsrs.json'] });
    files.fileSystem.readFile.mockResolvedValueOnce('\uFEFF{"format":"dsrs"}');
    const result = await createFilesHandlers(files)['files:open-text']({ filters, maxBytes: 1000 }, context);
    expect(result).toEqual({ status: 'opened', name: 'acme.dsrs.json', text: '{"format":"dsrs"}' });
  });

  it('refuses a file over the limit without reading it', async () => {
    const { files } = spyDeps();
    files.fileSystem.stat.mockResolvedValueOnce({ size: 5000, isFile: () => true });
    const result = await createFilesHandlers(files)['files:open-text']({ filters, maxBytes: 1000 }, context);
    expect(result).toEqual({ status: 'too_large', name: 'chosen.json', bytes: 5000 });
    expect(files.fileSystem.readFile).not.toHaveBeenCalled();
  });

  it('reports cancel and read errors as values', async () => {
    const { files } = spyDeps();
    files.dialogs.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    const handlers = createFilesHandlers(files);
    await expect(handlers['files:open-text']({ filters, maxBytes: 10 }, context)).resolves.toEqual({ status: 'cancelled' });
    files.fileSystem.readFile.mockRejectedValueOnce(new Error('EIO'));
    await expect(handlers['files:open-text']({ filters, maxBytes: 10 }, context)).resolves.toEqual({ status: 'failed', message: expect.stringContaining('EIO') });
    expect(vi.isMockFunction(files.fileSystem.readFile)).toBe(true);
  });
});
