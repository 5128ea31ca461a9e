// The board-ready roadmap PDF: a pure document model built from a workshop, and its jsPDF drawing.
export { PDF_SECTIONS, PAGE_SIZES, pageDimensions } from './documentModel';
export type { PdfDocumentModel, PdfElement, PdfPage, PdfSectionId, PdfText, Rgb, Orientation } from './documentModel';
export { buildDocumentModel, orderedSections } from './buildDocumentModel';
export type { PdfBuildOptions, SectionProgress } from './buildDocumentModel';
export { drawPdf, PDF_FONT_FAMILY, toBinaryString } from './drawPdf';
export type { JsPdfFactory, JsPdfLike, JsPdfOptions, PdfFontFiles, PageProgress } from './drawPdf';
export { createMeasurerForFonts, renderRoadmapPdf } from './renderRoadmapPdf';
export type { PdfProgress, RoadmapPdfResult } from './renderRoadmapPdf';
export { createPdfMessages } from './messages';
export type { MessageValues, PdfMessages } from './messages';
export { readFontMetrics } from './fontMetrics';
export type { FontMetrics } from './fontMetrics';
export { createTextMeasurer, ELLIPSIS } from './textMeasure';
export type { FontWeight, TextMeasurer, TextStyle } from './textMeasure';
export { roadmapPdfFileName } from './fileName';
