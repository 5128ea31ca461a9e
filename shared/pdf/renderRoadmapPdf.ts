import type { WorkshopBundle } from '../domain/recordSchemas';
import { buildDocumentModel, orderedSections, type PdfBuildOptions } from './buildDocumentModel';
import type { PdfSectionId } from './documentModel';
import { drawPdf, type JsPdfFactory, type PdfFontFiles } from './drawPdf';
import { readFontMetrics } from './fontMetrics';
import { createTextMeasurer, type TextMeasurer } from './textMeasure';

/** The whole export in one call: measure with the font, lay out every section, draw the PDF. */

export interface PdfProgress {
  stage: 'layout' | 'drawing';
  section: PdfSectionId;
  /** 0–1 over the whole export. */
  fraction: number;
}

export interface RoadmapPdfResult {
  bytes: Uint8Array;
  pageCount: number;
}

/** Laying out is quick; drawing and compressing the pages is most of the work. */
const LAYOUT_SHARE = 0.25;

export function createMeasurerForFonts(fonts: PdfFontFiles): TextMeasurer {
  return createTextMeasurer({ regular: readFontMetrics(fonts.regular), bold: readFontMetrics(fonts.bold) });
}

export function renderRoadmapPdf(
  bundle: WorkshopBundle,
  options: PdfBuildOptions,
  fonts: PdfFontFiles,
  createPdf: JsPdfFactory,
  onProgress?: (progress: PdfProgress) => void,
): RoadmapPdfResult {
  const sections = orderedSections(options.sections);
  if (sections.length === 0) throw new Error('Choose at least one section for the PDF');
  const measure = createMeasurerForFonts(fonts);
  const model = buildDocumentModel(bundle, { ...options, sections }, measure, (section, index, count) => {
    onProgress?.({ stage: 'layout', section, fraction: (LAYOUT_SHARE * (index + 1)) / count });
  });
  let lastSection: PdfSectionId | null = null;
  const bytes = drawPdf(model, fonts, createPdf, (page, index, count) => {
    // One report per section is enough for a progress bar and keeps worker messages few.
    if (page.section === lastSection && index < count - 1) return;
    lastSection = page.section;
    onProgress?.({ stage: 'drawing', section: page.section, fraction: LAYOUT_SHARE + ((1 - LAYOUT_SHARE) * (index + 1)) / count });
  });
  return { bytes, pageCount: model.pages.length };
}
