// The PDF is laid out and drawn here, off the main thread, so the app stays responsive on a large
// workshop. jsPDF is imported only by this worker, which keeps it out of the app's start-up bundle.
import { jsPDF } from 'jspdf';
import { createPdfMessages, renderRoadmapPdf, type JsPdfFactory, type PdfMessages } from '../../../shared/pdf';
import pdfEnglish from '../../locales/pdf.en.json';
import pdfSpanish from '../../locales/pdf.es.json';
import type { PdfWorkerMessage, RenderPdfRequest } from './pdfWorkerProtocol';

/** The worker side of postMessage; the DOM library types `self` as a window, which it is not here. */
interface WorkerScope {
  postMessage(message: PdfWorkerMessage, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<RenderPdfRequest>) => void): void;
}

const scope = self as unknown as WorkerScope;

function messagesFor(language: string): PdfMessages {
  return createPdfMessages(language === 'es' ? pdfSpanish : pdfEnglish);
}

const createPdf: JsPdfFactory = (options) => new jsPDF(options);

function post(message: PdfWorkerMessage, transfer: Transferable[] = []): void {
  scope.postMessage(message, transfer);
}

scope.addEventListener('message', (event: MessageEvent<RenderPdfRequest>) => {
  const request = event.data;
  if (request.type !== 'render') return;
  try {
    const result = renderRoadmapPdf(
      request.bundle,
      { paperSize: request.paperSize, sections: request.sections, today: request.today, t: messagesFor(request.bundle.workshop.language) },
      { regular: new Uint8Array(request.fonts.regular), bold: new Uint8Array(request.fonts.bold) },
      createPdf,
      (progress) => post({ type: 'progress', ...progress }),
    );
    const bytes = result.bytes.buffer.slice(result.bytes.byteOffset, result.bytes.byteOffset + result.bytes.byteLength) as ArrayBuffer;
    post({ type: 'done', bytes, pageCount: result.pageCount }, [bytes]);
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
});
