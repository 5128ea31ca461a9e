import { describe, expect, it } from 'vitest';
import { buildExampleBundle } from '../../../../scripts/examples/buildExample';
import { buildDocumentModel, createPdfMessages, orderedSections, roadmapPdfFileName, type PdfDocumentModel } from '../../../../shared/pdf';
import { shareThePage } from '../../../../shared/pdf/sections/summary';
import { layoutProblems } from './layoutChecks';
import { buildOptions, testMeasurer } from './pdfTestKit';

function textsOf(model: PdfDocumentModel, pageIndex: number): string[] {
  return (model.pages[pageIndex]?.elements ?? []).flatMap((element) => (element.kind === 'text' ? [element.text] : []));
}

describe('the document model', () => {
  const bundle = buildExampleBundle('en');

  it('includes only the chosen sections, always in document order', () => {
    expect(orderedSections(['traceability', 'cover', 'roadmap', 'cover'])).toEqual(['cover', 'roadmap', 'traceability']);
    const model = buildDocumentModel(bundle, buildOptions(bundle, { sections: ['scorecard', 'summary'] }), testMeasurer());
    expect(model.pages.map((page) => page.section)).toEqual(['summary', 'scorecard']);
  });

  it('puts the page number, date and confidentiality notice on every page', () => {
    const model = buildDocumentModel(bundle, buildOptions(bundle), testMeasurer());
    model.pages.forEach((_, index) => {
      const texts = textsOf(model, index);
      expect(texts).toContain(`22 Nov 2026 · Page ${index + 1} of ${model.pages.length}`);
      expect(texts).toContain('Confidential · prepared for Arlanza Componentes Industriales, S.A.');
    });
  });

  it('lists the sections with their first page on the cover', () => {
    const model = buildDocumentModel(bundle, buildOptions(bundle), testMeasurer());
    const cover = textsOf(model, 0);
    const roadmapPage = model.pages.findIndex((page) => page.section === 'roadmap') + 1;
    const contents = cover.slice(cover.indexOf('Contents'));
    expect(contents.indexOf('Roadmap')).toBeGreaterThan(0);
    expect(contents[contents.indexOf('Roadmap') - 1]).toBe(String(roadmapPage));
  });

  it('keeps the executive summary to one page however long the lists are', () => {
    const model = buildDocumentModel(bundle, buildOptions(bundle), testMeasurer());
    expect(model.pages.filter((page) => page.section === 'summary')).toHaveLength(1);
    expect(shareThePage(100, [{ count: 10, itemHeight: 20 }, { count: 2, itemHeight: 20 }])).toEqual([2, 2]);
    expect(shareThePage(1000, [{ count: 10, itemHeight: 20 }, { count: 2, itemHeight: 20 }])).toEqual([10, 2]);
  });

  it('is pure: the same workshop and options give the same pages', () => {
    const first = buildDocumentModel(bundle, buildOptions(bundle), testMeasurer());
    const second = buildDocumentModel(bundle, buildOptions(bundle), testMeasurer());
    expect(second).toEqual(first);
  });
});

describe('layoutProblems', () => {
  it('catches text that overflows, leaves the page or sits on other text', () => {
    const text = { kind: 'text' as const, size: 9, weight: 'regular' as const, colour: [0, 0, 0] as const, align: 'left' as const };
    const model: PdfDocumentModel = {
      paperSize: 'a4',
      title: '',
      author: '',
      subject: '',
      language: 'en-GB',
      pages: [
        {
          section: 'summary',
          orientation: 'portrait',
          width: 595,
          height: 842,
          elements: [
            { ...text, text: 'too wide', x: 50, y: 100, width: 120, maxWidth: 100 },
            { ...text, text: 'overlap', x: 50, y: 300, width: 40, maxWidth: 100 },
            { ...text, text: 'overlap too', x: 60, y: 302, width: 40, maxWidth: 100 },
            { ...text, text: 'off the page', x: 580, y: 400, width: 40, maxWidth: 100 },
          ],
        },
      ],
    };
    const problems = layoutProblems(model).join('\n');
    expect(problems).toMatch(/"too wide" is 120.0 wide in 100.0/);
    expect(problems).toMatch(/"overlap" collides with "overlap too"/);
    expect(problems).toMatch(/"off the page" leaves the margins/);
  });
});

describe('messages and file names', () => {
  it('fill placeholders and give back the key for a missing message', () => {
    const t = createPdfMessages({ pdf: { footer: { page: 'Page {{page}} of {{total}}' } } });
    expect(t('pdf.footer.page', { page: 2, total: 9 })).toBe('Page 2 of 9');
    expect(t('pdf.nothing.here')).toBe('pdf.nothing.here');
    expect(() => createPdfMessages({ pdf: { count: 3 } })).toThrow(/not a tree of texts/);
  });

  it('name the file after the client, the workshop and the date, with nothing a file system refuses', () => {
    expect(roadmapPdfFileName({ clientCompany: 'Arlanza Componentes Industriales, S.A.', title: 'Sales strategy reset 2027' }, '2026-11-22')).toBe(
      'arlanza-componentes-industriales-s-a-sales-strategy-reset-2027-roadmap-2026-11-22.pdf',
    );
    expect(roadmapPdfFileName({ clientCompany: 'Łódź Hütte', title: '../<script>' }, '2026-11-22')).toBe('lodz-hutte-script-roadmap-2026-11-22.pdf');
    expect(roadmapPdfFileName({ clientCompany: '', title: '' }, '2026-11-22')).toBe('workshop-roadmap-2026-11-22.pdf');
  });
});

describe('the example layout', () => {
  it('is clean in Spanish on US Letter too', () => {
    const bundle = buildExampleBundle('es');
    expect(layoutProblems(buildDocumentModel(bundle, buildOptions(bundle, { paperSize: 'letter' }), testMeasurer()))).toEqual([]);
  });
});
