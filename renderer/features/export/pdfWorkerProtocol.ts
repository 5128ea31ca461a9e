import type { PaperSize, WorkshopBundle } from '../../../shared/domain';
import type { PdfProgress, PdfSectionId } from '../../../shared/pdf';

/** The messages between the export dialog and the PDF worker; both sides are this app's own code. */

export interface RenderPdfRequest {
  type: 'render';
  bundle: WorkshopBundle;
  paperSize: PaperSize;
  sections: PdfSectionId[];
  /** YYYY-MM-DD in the user's calendar, so "today" on the roadmap is the day they export. */
  today: string;
  fonts: { regular: ArrayBuffer; bold: ArrayBuffer };
}

export type PdfWorkerMessage =
  | ({ type: 'progress' } & PdfProgress)
  | { type: 'done'; bytes: ArrayBuffer; pageCount: number }
  | { type: 'failed'; message: string };
