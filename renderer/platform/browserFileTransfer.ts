import type { FileFilter } from '../../shared/ipc/filesContract';

/**
 * The two file operations a web page has: download a Blob through an <a download> link, and let the
 * user pick a file through a hidden <input type="file">. Kept apart from browserPlatform so the
 * platform logic can be tested without a DOM.
 */

export interface BrowserFileTransfer {
  download(blob: Blob, fileName: string): void;
  /** Resolves with the chosen file, or null when the user cancels the picker. */
  pickFile(accept: string): Promise<File | null>;
}

/** Long enough for any browser to have started the download before the object URL goes away. */
const OBJECT_URL_LIFETIME_MS = 60_000;

/** `doc` defaults to the page's document, looked up only when a transfer happens (not at creation). */
export function createDomFileTransfer(doc?: Document): BrowserFileTransfer {
  return {
    download(blob, fileName) {
      const page = doc ?? document;
      const url = URL.createObjectURL(blob);
      const link = page.createElement('a');
      link.href = url;
      link.download = fileName;
      link.rel = 'noopener';
      link.style.display = 'none';
      page.body.append(link);
      try {
        link.click();
      } finally {
        link.remove();
        setTimeout(() => URL.revokeObjectURL(url), OBJECT_URL_LIFETIME_MS);
      }
    },

    pickFile(accept) {
      const page = doc ?? document;
      return new Promise((resolve) => {
        const input = page.createElement('input');
        input.type = 'file';
        if (accept) input.accept = accept;
        input.style.display = 'none';
        const finish = (file: File | null): void => {
          input.remove();
          resolve(file);
        };
        input.addEventListener('change', () => finish(input.files?.[0] ?? null), { once: true });
        // The 'cancel' event exists in current browsers; an older one leaves the promise pending,
        // which to the caller looks like a picker still open.
        input.addEventListener('cancel', () => finish(null), { once: true });
        page.body.append(input);
        input.click();
      });
    },
  };
}

/** The <input accept> value for dialog filters: ".dsrs.json,.json"; empty (anything) if "*" is allowed. */
export function acceptAttributeFor(filters: readonly FileFilter[]): string {
  const extensions = filters.flatMap((filter) => filter.extensions);
  if (extensions.length === 0 || extensions.includes('*')) return '';
  return [...new Set(extensions.map((extension) => `.${extension.toLowerCase()}`))].join(',');
}

/** A MIME type for a download, so the browser labels the file correctly. */
export function mimeTypeForFileName(fileName: string): string {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.json')) return 'application/json';
  if (lower.endsWith('.pdf')) return 'application/pdf';
  if (lower.endsWith('.csv')) return 'text/csv';
  if (lower.endsWith('.txt')) return 'text/plain';
  return 'application/octet-stream';
}
