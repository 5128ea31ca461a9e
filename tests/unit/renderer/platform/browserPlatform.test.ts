import { describe, expect, it, vi } from 'vitest';
import { createBrowserPlatform } from '../../../../renderer/platform/browserPlatform';
import { acceptAttributeFor } from '../../../../renderer/platform/browserFileTransfer';
import type { BrowserFileTransfer } from '../../../../renderer/platform/browserFileTransfer';

function fakeTransfer(picked: File | null = null) {
  const downloads: { blob: Blob; fileName: string }[] = [];
  const transfer: BrowserFileTransfer & { pickFile: ReturnType<typeof vi.fn> } = {
    download: (blob, fileName) => {
      downloads.push({ blob, fileName });
    },
    pickFile: vi.fn(async () => picked),
  };
  return { transfer, downloads };
}

const filters = [{ name: 'DSRS Studio backup', extensions: ['dsrs.json', 'json'] }];

describe('browser platform', () => {
  it('saves text as a download with the suggested name', async () => {
    const { transfer, downloads } = fakeTransfer();
    const result = await createBrowserPlatform(transfer).saveFile({ suggestedName: 'acme.dsrs.json', filters, encoding: 'utf8', content: '{"ł":"€"}' });
    expect(result).toEqual({ status: 'saved', path: '' });
    expect(downloads).toHaveLength(1);
    expect(downloads[0]?.fileName).toBe('acme.dsrs.json');
    expect(downloads[0]?.blob.type).toBe('application/json');
    expect(await downloads[0]?.blob.text()).toBe('{"ł":"€"}');
  });

  it('saves bytes unchanged', async () => {
    const { transfer, downloads } = fakeTransfer();
    await createBrowserPlatform(transfer).saveFile({ suggestedName: 'roadmap.pdf', filters: [], encoding: 'binary', content: new Uint8Array([37, 80, 68, 70]) });
    expect(downloads[0]?.blob.type).toBe('application/pdf');
    expect([...new Uint8Array(await (downloads[0]?.blob ?? new Blob()).arrayBuffer())]).toEqual([37, 80, 68, 70]);
  });

  it('reports a failed download as a typed failure', async () => {
    const transfer: BrowserFileTransfer = { download: () => { throw new Error('blocked'); }, pickFile: async () => null };
    await expect(createBrowserPlatform(transfer).saveFile({ suggestedName: 'a.json', filters, encoding: 'utf8', content: '' })).resolves.toEqual({
      status: 'failed',
      message: expect.stringContaining('blocked'),
    });
  });

  it('opens a picked text file, restricted to the filter extensions', async () => {
    const { transfer } = fakeTransfer(new File(['\uFEFF{"format":"dsrs"}'], 'acme.dsrs.json'));
    const result = await createBrowserPlatform(transfer).openTextFile({ filters, maxBytes: 1000 });
    expect(result).toEqual({ status: 'opened', name: 'acme.dsrs.json', text: '{"format":"dsrs"}' });
    expect(transfer.pickFile).toHaveBeenCalledWith('.dsrs.json,.json');
  });

  it('checks the size limit before reading the file', async () => {
    const big = new File(['x'.repeat(2000)], 'big.json');
    const text = vi.spyOn(big, 'text');
    const { transfer } = fakeTransfer(big);
    await expect(createBrowserPlatform(transfer).openTextFile({ filters, maxBytes: 1000 })).resolves.toEqual({ status: 'too_large', name: 'big.json', bytes: 2000 });
    expect(text).not.toHaveBeenCalled();
  });

  it('reports a cancelled picker', async () => {
    const { transfer } = fakeTransfer(null);
    await expect(createBrowserPlatform(transfer).openTextFile({ filters, maxBytes: 10 })).resolves.toEqual({ status: 'cancelled' });
  });

  it('says it is not Electron, has no automatic backups, and its subscriptions are harmless', async () => {
    const platform = createBrowserPlatform(fakeTransfer().transfer);
    await expect(platform.appInfo()).resolves.toEqual({ name: 'DSRS Studio', version: expect.stringMatching(/^\d+\.\d+\.\d+/), platform: 'browser', isElectron: false });
    expect(platform.autoBackup).toBeNull();
    expect(platform.kind).toBe('browser');
    expect(() => platform.onMenuCommand(() => undefined)()).not.toThrow();
    expect(() => platform.onBeforeQuit(() => undefined)()).not.toThrow();
    expect(() => platform.onOpenBackupFile(() => undefined)()).not.toThrow();
  });

  it('accepts a UI language without touching files (a browser has no native menu)', async () => {
    const { transfer, downloads } = fakeTransfer();
    await expect(createBrowserPlatform(transfer).setShellLanguage('es')).resolves.toBeUndefined();
    expect(downloads).toEqual([]);
    expect(transfer.pickFile).not.toHaveBeenCalled();
  });
});

describe('acceptAttributeFor', () => {
  it('lists dotted extensions once, and nothing when any file is allowed', () => {
    expect(acceptAttributeFor([{ name: 'a', extensions: ['JSON', 'json'] }, { name: 'b', extensions: ['pdf'] }])).toBe('.json,.pdf');
    expect(acceptAttributeFor([{ name: 'all', extensions: ['*'] }])).toBe('');
  });
});
