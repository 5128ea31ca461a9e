import { describe, expect, it } from 'vitest';
import { jsPDF } from 'jspdf';
import { ELLIPSIS, readFontMetrics, toBinaryString } from '../../../../shared/pdf';
import { testFonts, testMeasurer } from './pdfTestKit';

const body = { size: 9, weight: 'regular' } as const;
const bold = { size: 12, weight: 'bold' } as const;

describe('font metrics', () => {
  it('measure text exactly as jsPDF does with the embedded font', () => {
    const pdf = new jsPDF({ unit: 'pt' });
    pdf.addFileToVFS('Inter-Regular.ttf', toBinaryString(testFonts().regular));
    pdf.addFont('Inter-Regular.ttf', 'Inter', 'normal');
    pdf.addFileToVFS('Inter-Bold.ttf', toBinaryString(testFonts().bold));
    pdf.addFont('Inter-Bold.ttf', 'Inter', 'bold');
    for (const sample of ['Łódź', 'Małgorzata Krzyżanowska', '€ 1.234,56', 'Net sales of €51.5 M in 2027', 'ñ ç ő ü ß']) {
      pdf.setFont('Inter', 'normal').setFontSize(9);
      expect(testMeasurer().width(sample, body)).toBeCloseTo(pdf.getTextWidth(sample), 3);
      pdf.setFont('Inter', 'bold').setFontSize(12);
      expect(testMeasurer().width(sample, bold)).toBeCloseTo(pdf.getTextWidth(sample), 3);
    }
  });

  it('know which characters the font has', () => {
    const metrics = readFontMetrics(testFonts().regular);
    for (const character of 'Łłźżőűñç€…•') expect(metrics.covers(character.codePointAt(0) ?? 0), character).toBe(true);
    expect(metrics.covers(0x4e2d)).toBe(false);
    expect(metrics.unitsPerEm).toBeGreaterThan(0);
  });
});

describe('fitting and wrapping', () => {
  const measure = testMeasurer();

  it('leaves text that fits alone and cuts the rest with an ellipsis', () => {
    expect(measure.fit('Roadmap', 200, body)).toBe('Roadmap');
    const cut = measure.fit('A very long initiative title that cannot fit', 80, body);
    expect(cut.endsWith(ELLIPSIS)).toBe(true);
    expect(measure.width(cut, body)).toBeLessThanOrEqual(80);
    expect(measure.fit('Anything', 1, body)).toBe('');
  });

  it('wraps at spaces, never wider than the room, and breaks words too long for a line', () => {
    const lines = measure.wrap('Salespeople price standard items on the tablet within the corridors', 90, body);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(measure.width(line, body)).toBeLessThanOrEqual(90);
    expect(lines.join(' ')).toBe('Salespeople price standard items on the tablet within the corridors');
    const pieces = measure.wrap('W'.repeat(60), 50, body);
    expect(pieces.join('')).toBe('W'.repeat(60));
    for (const piece of pieces) expect(measure.width(piece, body)).toBeLessThanOrEqual(50);
  });

  it('keeps the text’s own line breaks and ends a cut paragraph with an ellipsis', () => {
    expect(measure.wrap('First line\r\nsecond line\n\nthird', 400, body)).toEqual(['First line', 'second line', 'third']);
    const cut = measure.wrap('one two three four five six seven eight nine ten', 40, body, 2);
    expect(cut).toHaveLength(2);
    expect(cut[1]?.endsWith(ELLIPSIS)).toBe(true);
  });

  it('turns control characters into spaces and missing glyphs into a visible mark', () => {
    expect(measure.clean('a\tb\u0000c\u200bd\n e')).toBe('a b c d e');
    expect(measure.clean('Emoji 😀 and 中文')).toMatch(/^Emoji [?\uFFFD] and [?\uFFFD]{2}$/);
  });
});
