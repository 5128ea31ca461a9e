import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDomFileTransfer } from '../../../../renderer/platform/browserFileTransfer';

/** Just enough of a DOM for the download link and the hidden file input. */
class FakeElement {
  href = '';
  download = '';
  rel = '';
  type = '';
  accept = '';
  files: File[] | null = null;
  style: Record<string, string> = {};
  removed = false;
  clicked = 0;
  private listeners = new Map<string, (() => void)[]>();
  constructor(readonly tagName: string) {}
  click() {
    this.clicked += 1;
  }
  remove() {
    this.removed = true;
  }
  addEventListener(type: string, listener: () => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  dispatch(type: string) {
    for (const listener of this.listeners.get(type) ?? []) listener();
  }
}

function fakeDocument() {
  const created: FakeElement[] = [];
  const doc = {
    createElement: (tagName: string) => {
      const element = new FakeElement(tagName);
      created.push(element);
      return element;
    },
    body: { append: vi.fn() },
  };
  return { doc: doc as unknown as Document, created };
}

describe('DOM file transfer', () => {
  afterEach(() => vi.useRealTimers());

  it('downloads through a hidden link and releases the object URL later', () => {
    vi.useFakeTimers();
    const revoke = vi.spyOn(URL, 'revokeObjectURL');
    const { doc, created } = fakeDocument();
    createDomFileTransfer(doc).download(new Blob(['{}']), 'acme.dsrs.json');
    const link = created[0];
    expect(link?.tagName).toBe('a');
    expect(link?.download).toBe('acme.dsrs.json');
    expect(link?.href).toMatch(/^blob:/);
    expect(link?.clicked).toBe(1);
    expect(link?.removed).toBe(true);
    expect(revoke).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(revoke).toHaveBeenCalledWith(link?.href);
  });

  it('resolves the picked file, or null when the picker is cancelled', async () => {
    const { doc, created } = fakeDocument();
    const transfer = createDomFileTransfer(doc);

    const picking = transfer.pickFile('.json');
    const input = created[0];
    expect(input?.type).toBe('file');
    expect(input?.accept).toBe('.json');
    expect(input?.clicked).toBe(1);
    const file = new File(['{}'], 'a.json');
    if (input) input.files = [file];
    input?.dispatch('change');
    await expect(picking).resolves.toBe(file);
    expect(input?.removed).toBe(true);

    const cancelled = transfer.pickFile('');
    created[1]?.dispatch('cancel');
    await expect(cancelled).resolves.toBeNull();
  });
});
