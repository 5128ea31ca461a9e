import { execFileSync } from 'node:child_process';
import { MARGIN } from '../../../shared/pdf/theme';
import type { HostileField, HostileWorkshop } from './hostileWorkshop';

/**
 * Reads the exported PDF back with poppler (pdftotext, pdfinfo) to check the hostile text came out
 * as text: whole, or cut with an ellipsis, and never outside the page.
 */

export const PDF_ELLIPSIS = '…';

/**
 * What the PDF is expected to print for a string. Its font (Inter) has no glyph for emoji, so each
 * becomes a '?' mark rather than vanishing; format characters such as the right-to-left override
 * and the zero-width joiner carry no ink and become spaces. Everything else is printed verbatim.
 */
export function printedForm(text: string): string {
  return text
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/\p{Extended_Pictographic}/gu, '?')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** Line breaks and wrapping put whitespace anywhere: comparisons ignore it. */
function withoutWhitespace(text: string): string {
  return text.replace(/\s+/g, '');
}

export interface PrintedFields {
  /** Markers of the fields printed whole. */
  whole: Set<string>;
  /** Markers of the fields printed as a prefix ending in an ellipsis (a long text cut to its box). */
  cut: Set<string>;
  /** Fields whose marker is printed but whose text is neither whole nor an ellipsis-cut prefix. */
  altered: string[];
}

function isCutPrefixPrinted(printed: string, expected: string, marker: string): boolean {
  const markerEnd = expected.indexOf(marker) + marker.length;
  for (let length = expected.length - 1; length >= markerEnd; length -= 1) {
    if (printed.includes(expected.slice(0, length) + PDF_ELLIPSIS)) return true;
  }
  return false;
}

export function classifyPrintedFields(pdfText: string, hostile: HostileWorkshop): PrintedFields {
  const printed = withoutWhitespace(pdfText);
  const result: PrintedFields = { whole: new Set(), cut: new Set(), altered: [] };
  for (const field of hostile.fields) {
    const expected = withoutWhitespace(printedForm(field.text));
    if (printed.includes(expected)) result.whole.add(field.marker);
    else if (!printed.includes(field.marker)) continue;
    else if (isCutPrefixPrinted(printed, expected, field.marker)) result.cut.add(field.marker);
    else result.altered.push(`${field.marker} ${describeField(field)}: expected ${JSON.stringify(printedForm(field.text))}`);
  }
  return result;
}

export function describeField(field: HostileField): string {
  return `${field.kind}.${field.field}`;
}

export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

export function pdfPageCount(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? NaN);
}

/** Rounding of pdftotext's word boxes, in points. */
const BOX_TOLERANCE = 1;
/** The running header and the footer sit in the top and bottom margins, but never at the paper's edge. */
const PAPER_EDGE = 12;

/**
 * Every printed word whose box crosses the side margins or comes near the paper's top or bottom
 * edge, from pdftotext's word boxes: text that ran out of its box would end up there.
 */
export function wordsOutsideThePrintArea(file: string): string[] {
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const outside: string[] = [];
  const pages = html.split(/<page /).slice(1);
  for (const [index, page] of pages.entries()) {
    const width = Number(/width="([\d.]+)"/.exec(page)?.[1] ?? NaN);
    const height = Number(/height="([\d.]+)"/.exec(page)?.[1] ?? NaN);
    for (const word of page.matchAll(/<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g)) {
      const [xMin, yMin, xMax, yMax] = [word[1], word[2], word[3], word[4]].map(Number) as [number, number, number, number];
      const left = MARGIN.side - BOX_TOLERANCE;
      const right = width - MARGIN.side + BOX_TOLERANCE;
      if (xMin < left || xMax > right || yMin < PAPER_EDGE || yMax > height - PAPER_EDGE) outside.push(`page ${index + 1}: ${word[5] ?? ''}`);
    }
  }
  return outside;
}
