// Builds real PDFs in Node for the tests and the benchmark: Inter from node_modules, the app's own
// PDF messages, jsPDF as the drawer's factory, and poppler-utils to read the result back.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { jsPDF } from 'jspdf';
import type { Language, WorkshopBundle } from '../../../../shared/domain';
import {
  createMeasurerForFonts,
  createPdfMessages,
  PDF_SECTIONS,
  renderRoadmapPdf,
  type JsPdfFactory,
  type PdfBuildOptions,
  type PdfFontFiles,
  type PdfMessages,
  type PdfSectionId,
  type RoadmapPdfResult,
  type TextMeasurer,
} from '../../../../shared/pdf';
import type { PaperSize } from '../../../../shared/domain';

const require = createRequire(import.meta.url);
export const REPO_ROOT = path.resolve(import.meta.dirname, '../../../..');
export const PDF_OUT_DIR = path.join(REPO_ROOT, 'out', 'pdf');

export function loadInterFonts(): PdfFontFiles {
  const read = (file: string): Uint8Array => new Uint8Array(readFileSync(require.resolve(`@expo-google-fonts/inter/${file}`)));
  return { regular: read('400Regular/Inter_400Regular.ttf'), bold: read('700Bold/Inter_700Bold.ttf') };
}

export function loadPdfMessages(language: Language): PdfMessages {
  const file = path.join(REPO_ROOT, 'renderer', 'locales', `pdf.${language}.json`);
  return createPdfMessages(JSON.parse(readFileSync(file, 'utf8')) as unknown);
}

let fonts: PdfFontFiles | null = null;
let measurer: TextMeasurer | null = null;

export function testFonts(): PdfFontFiles {
  fonts ??= loadInterFonts();
  return fonts;
}

export function testMeasurer(): TextMeasurer {
  measurer ??= createMeasurerForFonts(testFonts());
  return measurer;
}

export const createJsPdf: JsPdfFactory = (options) => new jsPDF(options);

export function buildOptions(bundle: WorkshopBundle, overrides: Partial<PdfBuildOptions> & { paperSize?: PaperSize } = {}): PdfBuildOptions {
  return {
    paperSize: overrides.paperSize ?? bundle.workshop.paperSize,
    sections: overrides.sections ?? [...PDF_SECTIONS],
    today: overrides.today ?? '2026-11-22',
    t: overrides.t ?? loadPdfMessages(bundle.workshop.language),
  };
}

export function renderToFile(bundle: WorkshopBundle, fileName: string, overrides: Partial<PdfBuildOptions> = {}): { file: string; result: RoadmapPdfResult } {
  const result = renderRoadmapPdf(bundle, buildOptions(bundle, overrides), testFonts(), createJsPdf);
  mkdirSync(PDF_OUT_DIR, { recursive: true });
  const file = path.join(PDF_OUT_DIR, fileName);
  writeFileSync(file, result.bytes);
  return { file, result };
}

export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

export function pdfPageCount(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? NaN);
}

export interface PdfFontRow {
  name: string;
  type: string;
  embedded: boolean;
}

export function pdfFonts(file: string): PdfFontRow[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter((line) => line.trim() !== '');
  return lines.map((line) => {
    // Columns: name, type (may contain spaces), encoding, emb, sub, uni, object ID.
    const match = /^(\S+)\s+(.+?)\s{2,}(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$/.exec(line.trim());
    return { name: match?.[1] ?? line, type: match?.[2] ?? '', embedded: match?.[4] === 'yes' };
  });
}

export function allSectionsExcept(...excluded: PdfSectionId[]): PdfSectionId[] {
  return PDF_SECTIONS.filter((section) => !excluded.includes(section));
}
