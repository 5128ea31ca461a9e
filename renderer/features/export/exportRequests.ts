/**
 * Opens the export dialog of the open workshop from anywhere: the workshop bar's button and the
 * desktop menu command both ask through this event, and the dialog mounted in the workshop shell answers.
 */
const EXPORT_PDF_EVENT = 'dsrs:export-pdf';

export interface ExportPdfRequest {
  workshopId: string;
}

export function requestPdfExport(workshopId: string): void {
  window.dispatchEvent(new CustomEvent<ExportPdfRequest>(EXPORT_PDF_EVENT, { detail: { workshopId } }));
}

export function onPdfExportRequest(listener: (request: ExportPdfRequest) => void): () => void {
  const handler = (event: Event): void => {
    if (event instanceof CustomEvent && typeof (event.detail as Partial<ExportPdfRequest> | null)?.workshopId === 'string') {
      listener(event.detail as ExportPdfRequest);
    }
  };
  window.addEventListener(EXPORT_PDF_EVENT, handler);
  return () => window.removeEventListener(EXPORT_PDF_EVENT, handler);
}
