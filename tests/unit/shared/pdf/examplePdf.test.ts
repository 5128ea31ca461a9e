import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { buildExampleBundle } from '../../../../scripts/examples/buildExample';
import type { Language, PaperSize } from '../../../../shared/domain';
import { buildDocumentModel } from '../../../../shared/pdf';
import { layoutProblems } from './layoutChecks';
import { buildOptions, loadPdfMessages, pdfFonts, pdfPageCount, pdfText, renderToFile, testMeasurer } from './pdfTestKit';

// The example workshop's PDF in both languages and both paper sizes, written to out/pdf/ and read
// back with poppler-utils as any PDF reader would: pages, words, fonts and page sizes.

/** Cover 1, summary 1, objectives 1, timeline 1, initiatives 2, milestones 2, scorecard 1, posters 2, plan 1, appendix 3. */
const EXAMPLE_PAGES = 15;

const cases: [Language, PaperSize][] = [
  ['en', 'a4'],
  ['en', 'letter'],
  ['es', 'a4'],
  ['es', 'letter'],
];

/** pdftotext breaks lines where the PDF wraps them; the words are what count. */
function words(text: string): string {
  return text.replace(/\s+/g, ' ');
}

describe.each(cases)('the example workshop PDF (%s, %s)', (language, paperSize) => {
  const bundle = buildExampleBundle(language);
  const { file, result } = renderToFile(bundle, `example-${language}-${paperSize}.pdf`, { paperSize });
  const text = words(pdfText(file));
  const t = loadPdfMessages(language);

  it('has a stable, sensible number of pages', () => {
    expect(result.pageCount).toBe(EXAMPLE_PAGES);
    expect(pdfPageCount(file)).toBe(EXAMPLE_PAGES);
  });

  it('names every section, in the workshop language', () => {
    for (const section of ['summary', 'objectives', 'roadmap', 'scorecard', 'communication', 'traceability'] as const) {
      expect(text).toContain(words(t(`pdf.sections.${section}`)));
    }
    expect(text).toContain(t('pdf.posters.title', { account: 'Vortmann Landtechnik GmbH' }));
    expect(text).toContain(t('pdf.roadmap.today'));
    expect(text).toContain(t('pdf.footer.page', { page: EXAMPLE_PAGES, total: EXAMPLE_PAGES }));
  });

  it('carries the key facts with their accents and the euro sign', () => {
    const initiative = bundle.records.initiatives.find((candidate) => candidate.title.startsWith(language === 'en' ? 'Price corridors' : 'Bandas de precio'));
    const kpi = bundle.records.kpis[0];
    expect(text).toContain(bundle.workshop.clientCompany);
    expect(text).toContain(bundle.workshop.title);
    expect(text).toContain(bundle.workshop.facilitator);
    expect(text).toContain(initiative?.title);
    expect(text).toContain(kpi?.name);
    expect(text).toContain('Łódź');
    expect(text).toContain('Krzyżanowska');
    expect(text).toContain('€');
    // Every fixed text came from the catalogue: no message key leaked into the document.
    expect(text).not.toMatch(/\bpdf\.[a-z]+\.[A-Za-z_.]+/);
  });

  it('embeds only the Inter family, and every font it uses', () => {
    const fonts = pdfFonts(file);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font.embedded, font.name).toBe(true);
      expect(font.name).toMatch(/Inter/);
    }
  });

  it('prints on the chosen paper, with the timeline on landscape pages', () => {
    const info = execFileSync('pdfinfo', ['-f', '1', '-l', String(EXAMPLE_PAGES), file], { encoding: 'utf8' });
    const sizes = [...info.matchAll(/Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts/g)].map((match) => [Number(match[2]), Number(match[3])]);
    const portrait = paperSize === 'a4' ? [595.28, 841.89] : [612, 792];
    expect(sizes).toHaveLength(EXAMPLE_PAGES);
    expect(sizes[0]?.[0]).toBeCloseTo(portrait[0] ?? 0, 0);
    expect(sizes[0]?.[1]).toBeCloseTo(portrait[1] ?? 0, 0);
    const roadmapPage = sizes[3];
    expect(roadmapPage?.[0]).toBeCloseTo(portrait[1] ?? 0, 0);
    expect(roadmapPage?.[1]).toBeCloseTo(portrait[0] ?? 0, 0);
  });

  it('keeps every text inside its box and the page, with no two texts colliding', () => {
    const model = buildDocumentModel(bundle, buildOptions(bundle, { paperSize }), testMeasurer());
    expect(layoutProblems(model)).toEqual([]);
  });

  it('stays far below the size limit for a PDF', () => {
    expect(result.bytes.byteLength).toBeLessThan(1_000_000);
  });
});
