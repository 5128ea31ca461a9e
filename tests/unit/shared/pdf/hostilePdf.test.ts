import { describe, expect, it } from 'vitest';
import { buildDocumentModel, PDF_SECTIONS } from '../../../../shared/pdf';
import { buildPdfBenchWorkshop } from '../../../bench/pdfBenchWorkshop';
import { buildEmptyBundle, buildHostileBundle, SCRIPT_TITLE } from './hostileWorkshop';
import { layoutProblems } from './layoutChecks';
import { buildOptions, loadPdfMessages, pdfFonts, pdfPageCount, pdfText, renderToFile, testMeasurer } from './pdfTestKit';

// Workshops built to break the layout still give a clean document: nothing overflows, user text is
// printed as text, and empty phases say so instead of leaving blank or broken pages.

describe('a hostile workshop', () => {
  const bundle = buildHostileBundle();

  it.each(['a4', 'letter'] as const)('lays out on %s without a text leaving its box or colliding with another', (paperSize) => {
    const model = buildDocumentModel(bundle, buildOptions(bundle, { paperSize }), testMeasurer());
    expect(layoutProblems(model)).toEqual([]);
  });

  it('prints HTML and script as literal text, in the embedded font only', () => {
    const { file, result } = renderToFile(bundle, 'hostile.pdf');
    const text = pdfText(file).replace(/\s+/g, ' ');
    expect(text).toContain(SCRIPT_TITLE);
    expect(text).toContain('<b>Bold?</b> <img src=x onerror=alert(1)>');
    expect(pdfPageCount(file)).toBe(result.pageCount);
    for (const font of pdfFonts(file)) expect(font.embedded && /Inter/.test(font.name), font.name).toBe(true);
  });

  it('shows characters the font lacks as a visible mark instead of dropping them silently', () => {
    const { file } = renderToFile(bundle, 'hostile.pdf');
    expect(pdfText(file)).toMatch(/emoji, Ω, [?\uFFFD]{2} and [?\uFFFD]{5}/);
  });

  it('cuts a 500-character title to the room it has, with an ellipsis', () => {
    const model = buildDocumentModel(bundle, buildOptions(bundle), testMeasurer());
    const texts = model.pages.flatMap((page) => page.elements.flatMap((element) => (element.kind === 'text' ? [element.text] : [])));
    expect(texts.some((text) => text.startsWith(SCRIPT_TITLE) && text.endsWith('…'))).toBe(true);
    expect(Math.max(...texts.map((text) => text.length))).toBeLessThan(500);
  });
});

describe('an empty workshop', () => {
  const bundle = buildEmptyBundle();

  it('gives every section a page that says what is missing', () => {
    const { file, result } = renderToFile(bundle, 'empty.pdf');
    const t = loadPdfMessages('en');
    const text = pdfText(file).replace(/\s+/g, ' ');
    expect(result.pageCount).toBe(PDF_SECTIONS.length);
    for (const key of ['pdf.objectives.empty', 'pdf.roadmap.empty', 'pdf.scorecard.empty', 'pdf.posters.empty', 'pdf.communication.empty', 'pdf.traceability.empty']) {
      expect(text).toContain(t(key));
    }
    expect(text).toContain(t('pdf.cover.noClient'));
    expect(text).toContain(t('pdf.cover.confidentialNoticeNoClient'));
  });

  it('lays out cleanly', () => {
    expect(layoutProblems(buildDocumentModel(bundle, buildOptions(bundle), testMeasurer()))).toEqual([]);
  });
});

describe('a large workshop (the benchmark one)', () => {
  const bundle = buildPdfBenchWorkshop();

  it.each(['a4', 'letter'] as const)('splits its long roadmap over landscape pages, repeating the axis, on %s', (paperSize) => {
    const model = buildDocumentModel(bundle, buildOptions(bundle, { paperSize, today: '2027-03-15' }), testMeasurer());
    expect(layoutProblems(model)).toEqual([]);
    const timelinePages = model.pages.filter(
      (page) => page.section === 'roadmap' && page.elements.some((element) => element.kind === 'text' && element.text === 'Q2 2027'),
    );
    expect(timelinePages.length).toBeGreaterThan(1);
    for (const page of timelinePages) expect(page.orientation).toBe('landscape');
    // Every initiative is drawn on some timeline page.
    const labels = timelinePages.flatMap((page) => page.elements.flatMap((element) => (element.kind === 'text' ? [element.text] : [])));
    for (const initiative of bundle.records.initiatives) {
      expect(labels.some((label) => label.startsWith(initiative.title.slice(0, 12))), initiative.title).toBe(true);
    }
  });
});
