import type { PaperSize } from '../../../shared/domain';
import { todayIsoDate } from '../../../shared/domain';
import { roadmapPdfFileName, type PdfProgress, type PdfSectionId } from '../../../shared/pdf';
import { exportBundle } from '../../data';
import { getPlatform } from '../../platform';
import { loadPdfFonts } from './pdfFonts';
import type { PdfWorkerMessage, RenderPdfRequest } from './pdfWorkerProtocol';

/**
 * One export: read the workshop, load the font, build the PDF in a worker, hand the bytes to the
 * platform's save dialog (a download in a browser). Cancelling stops the worker at once.
 */

export interface PdfExportSettings {
  workshopId: string;
  paperSize: PaperSize;
  sections: PdfSectionId[];
}

export type PdfExportOutcome =
  | { status: 'saved'; path: string; pageCount: number }
  | { status: 'save_cancelled' }
  | { status: 'cancelled' }
  | { status: 'failed'; stage: 'read' | 'fonts' | 'render' | 'save'; message: string };

export interface PdfExportJob {
  outcome: Promise<PdfExportOutcome>;
  cancel(): void;
}

export const PDF_FILE_FILTERS = [{ name: 'PDF', extensions: ['pdf'] }];

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function startPdfExport(settings: PdfExportSettings, onProgress: (progress: PdfProgress) => void): PdfExportJob {
  // Held in an object so both the run and cancel() see the worker the run started.
  const running: { worker: Worker | null } = { worker: null };
  let cancelled = false;
  let settleCancelled: (() => void) | null = null;

  const render = (request: RenderPdfRequest): Promise<{ bytes: Uint8Array<ArrayBuffer>; pageCount: number }> =>
    new Promise((resolve, reject) => {
      const worker = new Worker(new URL('./pdfWorker.ts', import.meta.url), { type: 'module', name: 'dsrs-pdf' });
      running.worker = worker;
      worker.addEventListener('message', (event: MessageEvent<PdfWorkerMessage>) => {
        const message = event.data;
        if (message.type === 'progress') onProgress(message);
        else if (message.type === 'done') resolve({ bytes: new Uint8Array(message.bytes), pageCount: message.pageCount });
        else reject(new Error(message.message));
      });
      worker.addEventListener('error', (event) => reject(new Error(event.message || 'The PDF worker stopped unexpectedly')));
      worker.postMessage(request, [request.fonts.regular, request.fonts.bold]);
    });

  const run = async (): Promise<PdfExportOutcome> => {
    let bundle;
    try {
      bundle = await exportBundle(settings.workshopId);
    } catch (error) {
      return { status: 'failed', stage: 'read', message: describe(error) };
    }
    let fonts;
    try {
      fonts = await loadPdfFonts();
    } catch (error) {
      return { status: 'failed', stage: 'fonts', message: describe(error) };
    }
    if (cancelled) return { status: 'cancelled' };
    const today = todayIsoDate();
    let pdf;
    try {
      pdf = await render({ type: 'render', bundle, paperSize: settings.paperSize, sections: settings.sections, today, fonts });
    } catch (error) {
      return cancelled ? { status: 'cancelled' } : { status: 'failed', stage: 'render', message: describe(error) };
    } finally {
      running.worker?.terminate();
    }
    if (cancelled) return { status: 'cancelled' };
    try {
      const result = await getPlatform().saveFile({
        suggestedName: roadmapPdfFileName(bundle.workshop, today),
        filters: PDF_FILE_FILTERS,
        content: pdf.bytes,
        encoding: 'binary',
      });
      if (result.status === 'saved') return { status: 'saved', path: result.path, pageCount: pdf.pageCount };
      if (result.status === 'cancelled') return { status: 'save_cancelled' };
      return { status: 'failed', stage: 'save', message: result.message };
    } catch (error) {
      return { status: 'failed', stage: 'save', message: describe(error) };
    }
  };

  const outcome = Promise.race([
    run(),
    new Promise<PdfExportOutcome>((resolve) => {
      settleCancelled = () => resolve({ status: 'cancelled' });
    }),
  ]);

  return {
    outcome,
    cancel() {
      cancelled = true;
      // Terminating is immediate, even in the middle of drawing a page.
      running.worker?.terminate();
      settleCancelled?.();
    },
  };
}
