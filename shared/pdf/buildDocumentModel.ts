import type { WorkshopBundle } from '../domain/recordSchemas';
import type { PaperSize } from '../domain/workshop';
import { DocumentBuilder } from './documentBuilder';
import { PDF_SECTIONS, type PdfDocumentModel, type PdfSectionId } from './documentModel';
import { createFormatters } from './format';
import type { PdfMessages } from './messages';
import { computeFacts, type SectionContext } from './sectionContext';
import { buildCommunication } from './sections/communication';
import { buildCover, type CoverContents } from './sections/cover';
import { buildObjectives } from './sections/objectives';
import { buildPosters } from './sections/posters';
import { buildRoadmap } from './sections/roadmap';
import { buildScorecard } from './sections/scorecard';
import { buildSummary } from './sections/summary';
import { buildTraceability } from './sections/traceability';
import type { TextMeasurer } from './textMeasure';

export interface PdfBuildOptions {
  paperSize: PaperSize;
  /** Which sections to include; they always appear in the document's own order. */
  sections: readonly PdfSectionId[];
  /** The export date (YYYY-MM-DD). */
  today: string;
  /** Messages in the workshop's language. */
  t: PdfMessages;
}

/** Called after each section is laid out, so a progress bar can move section by section. */
export type SectionProgress = (section: PdfSectionId, index: number, count: number) => void;

const SECTION_BUILDERS: Readonly<Record<Exclude<PdfSectionId, 'cover'>, (context: SectionContext) => void>> = {
  summary: buildSummary,
  objectives: buildObjectives,
  roadmap: buildRoadmap,
  scorecard: buildScorecard,
  posters: buildPosters,
  communication: buildCommunication,
  traceability: buildTraceability,
};

/** The sections asked for, in document order, each once. */
export function orderedSections(sections: readonly PdfSectionId[]): PdfSectionId[] {
  return PDF_SECTIONS.filter((section) => sections.includes(section));
}

/** Lays the whole document out: pure, so tests can inspect every page without drawing a PDF. */
export function buildDocumentModel(bundle: WorkshopBundle, options: PdfBuildOptions, measure: TextMeasurer, onSection?: SectionProgress): PdfDocumentModel {
  const { workshop } = bundle;
  const { t } = options;
  const client = workshop.clientCompany.trim() || t('pdf.cover.noClient');
  const title = workshop.title.trim() || t('pdf.cover.noTitle');
  const doc = new DocumentBuilder(options.paperSize, measure, t('pdf.runningHeader', { client, title }));
  const format = createFormatters(workshop);
  const context: SectionContext = { bundle, workshop, today: options.today, t, format, measure, doc, facts: computeFacts(bundle, options.today) };

  const sections = orderedSections(options.sections);
  const starts = new Map<PdfSectionId, number>();
  let cover: CoverContents | null = null;
  for (const [index, section] of sections.entries()) {
    starts.set(section, doc.pages.length + 1);
    if (section === 'cover') cover = buildCover(context);
    else SECTION_BUILDERS[section](context);
    onSection?.(section, index, sections.length);
  }
  cover?.finish(starts);
  const confidentiality = workshop.clientCompany.trim() ? t('pdf.footer.confidential', { client }) : t('pdf.footer.confidentialNoClient');
  doc.addFooters(t, format.date(options.today), confidentiality);

  return {
    paperSize: options.paperSize,
    title: t('pdf.documentTitle', { client, title }),
    author: workshop.facilitator.trim(),
    subject: t('pdf.cover.kicker'),
    language: format.locale,
    pages: doc.pages,
  };
}
