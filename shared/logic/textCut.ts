/**
 * Cutting user text to a length without breaking a character. Lengths are counted as the schemas
 * count them (UTF-16 code units), but a cut never falls inside an emoji, a flag, or a letter with its
 * combining accents: `slice` alone could leave half of a surrogate pair, shown as a broken glyph and
 * stored as invalid text.
 */

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const ELLIPSIS = '…';

/** The longest start of `text` of at most `maxLength` code units that ends between two characters. */
export function wholeCharacterPrefix(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  let end = 0;
  // Only a window one unit longer than the cut is segmented: whether a boundary falls at a position
  // depends on the characters before it and the one at it, all inside the window; segmenting a text
  // of megabytes whole took seconds.
  for (const { index, segment } of graphemes.segment(text.slice(0, maxLength + 1))) {
    if (index + segment.length > maxLength) break;
    end = index + segment.length;
  }
  return text.slice(0, end);
}

/** `text`, or its start with an ellipsis when longer than `maxLength` (the result never is). */
export function cutWithEllipsis(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  return `${wholeCharacterPrefix(text, maxLength - ELLIPSIS.length).trimEnd()}${ELLIPSIS}`;
}

/** Like cutWithEllipsis, but at the last space when one falls in the second half, so no word is cut. */
export function cutAtWordWithEllipsis(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const cut = wholeCharacterPrefix(text, maxLength - ELLIPSIS.length);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}${ELLIPSIS}`;
}
