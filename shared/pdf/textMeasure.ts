import type { FontMetrics } from './fontMetrics';

/**
 * Measures, cleans, fits and wraps text in the PDF's font, so every string in the document model is
 * already cut to the box it sits in: a long title wraps or ends with an ellipsis, it never runs out
 * of its box or off the page.
 */

export type FontWeight = 'regular' | 'bold';

export interface TextStyle {
  /** Points. */
  size: number;
  weight: FontWeight;
}

export const ELLIPSIS = '…';

export interface TextMeasurer {
  /** Width in points of one line of (already clean) text. */
  width(text: string, style: TextStyle): number;
  /**
   * One line of printable text: control characters and line breaks become spaces, runs of spaces
   * collapse, and characters the font cannot draw become a replacement mark instead of vanishing.
   */
  clean(text: string): string;
  /** The text on one line, cut with an ellipsis when it is wider than maxWidth. */
  fit(text: string, maxWidth: number, style: TextStyle): string;
  /**
   * Lines no wider than maxWidth, breaking at spaces (and inside words too long for a line), keeping
   * the text's own line breaks. Past maxLines the last line ends with an ellipsis.
   */
  wrap(text: string, maxWidth: number, style: TextStyle, maxLines?: number): string[];
}

export function createTextMeasurer(fonts: Record<FontWeight, FontMetrics>): TextMeasurer {
  const replacement = fonts.regular.covers(0xfffd) && fonts.bold.covers(0xfffd) ? '\ufffd' : '?';

  function width(text: string, style: TextStyle): number {
    const metrics = fonts[style.weight];
    let units = 0;
    for (const character of text) units += metrics.advance(character.codePointAt(0) ?? 0);
    return (units / metrics.unitsPerEm) * style.size;
  }

  function printable(character: string): string {
    const codePoint = character.codePointAt(0) ?? 0;
    if (character === '\n') return '\n';
    // Control and format characters (tabs, zero-width marks) carry no ink; a space keeps words apart.
    if (/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u.test(character)) return ' ';
    if (/\s/u.test(character)) return ' ';
    return fonts.regular.covers(codePoint) && fonts.bold.covers(codePoint) ? character : replacement;
  }

  /** Keeps line breaks; the caller decides whether they matter. */
  function cleanKeepingBreaks(text: string): string {
    let out = '';
    for (const character of text.replace(/\r\n?/g, '\n')) out += printable(character);
    return out.replace(/[ ]+/g, ' ');
  }

  function clean(text: string): string {
    return cleanKeepingBreaks(text).replace(/\s*\n\s*/g, ' ').trim();
  }

  function cutToWidth(text: string, maxWidth: number, style: TextStyle, suffix: string): string {
    const characters = [...text];
    const suffixWidth = width(suffix, style);
    let used = 0;
    let kept = 0;
    for (const character of characters) {
      const next = width(character, style);
      if (used + next + suffixWidth > maxWidth) break;
      used += next;
      kept += 1;
    }
    return characters.slice(0, kept).join('').trimEnd() + suffix;
  }

  function fit(text: string, maxWidth: number, style: TextStyle): string {
    const line = clean(text);
    if (width(line, style) <= maxWidth) return line;
    if (width(ELLIPSIS, style) > maxWidth) return '';
    return cutToWidth(line, maxWidth, style, ELLIPSIS);
  }

  function breakLongWord(word: string, maxWidth: number, style: TextStyle): string[] {
    const pieces: string[] = [];
    let piece = '';
    for (const character of word) {
      if (piece !== '' && width(piece + character, style) > maxWidth) {
        pieces.push(piece);
        piece = '';
      }
      piece += character;
    }
    if (piece !== '') pieces.push(piece);
    return pieces;
  }

  function wrapParagraph(paragraph: string, maxWidth: number, style: TextStyle): string[] {
    const lines: string[] = [];
    let line = '';
    for (const word of paragraph.split(' ').filter((part) => part !== '')) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (width(candidate, style) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line !== '') lines.push(line);
      if (width(word, style) <= maxWidth) {
        line = word;
      } else {
        const pieces = breakLongWord(word, maxWidth, style);
        line = pieces.pop() ?? '';
        lines.push(...pieces);
      }
    }
    if (line !== '') lines.push(line);
    return lines;
  }

  function wrap(text: string, maxWidth: number, style: TextStyle, maxLines = Number.POSITIVE_INFINITY): string[] {
    if (maxLines < 1 || maxWidth <= 0) return [];
    const paragraphs = cleanKeepingBreaks(text)
      .split('\n')
      .map((paragraph) => paragraph.trim());
    // Blank lines between paragraphs are dropped: in a table cell they only waste height.
    const lines = paragraphs.filter((paragraph) => paragraph !== '').flatMap((paragraph) => wrapParagraph(paragraph, maxWidth, style));
    if (lines.length <= maxLines) return lines;
    const kept = lines.slice(0, maxLines);
    const last = kept[maxLines - 1] ?? '';
    kept[maxLines - 1] = width(last + ELLIPSIS, style) <= maxWidth ? last + ELLIPSIS : cutToWidth(last, maxWidth, style, ELLIPSIS);
    return kept;
  }

  return { width, clean, fit, wrap };
}
