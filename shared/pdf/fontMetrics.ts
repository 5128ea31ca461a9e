/**
 * Glyph advance widths read straight from a TrueType file (cmap, hmtx, hhea, head), so the document
 * model can wrap and fit text exactly as the PDF will show it without loading jsPDF. jsPDF writes the
 * same advances into the PDF and applies no kerning, so these widths are the printed widths.
 */

export interface FontMetrics {
  unitsPerEm: number;
  /** Above the baseline, in font units (positive). */
  ascender: number;
  /** Below the baseline, in font units (negative). */
  descender: number;
  /** Advance width of a Unicode code point in font units; the missing-glyph width when not covered. */
  advance(codePoint: number): number;
  /** Whether the font has a glyph for the code point. */
  covers(codePoint: number): boolean;
}

interface TableRecord {
  offset: number;
  length: number;
}

function readTables(view: DataView): Map<string, TableRecord> {
  const count = view.getUint16(4);
  const tables = new Map<string, TableRecord>();
  for (let index = 0; index < count; index += 1) {
    const record = 12 + index * 16;
    const tag = String.fromCharCode(view.getUint8(record), view.getUint8(record + 1), view.getUint8(record + 2), view.getUint8(record + 3));
    tables.set(tag, { offset: view.getUint32(record + 8), length: view.getUint32(record + 12) });
  }
  return tables;
}

function requireTable(tables: Map<string, TableRecord>, tag: string): TableRecord {
  const table = tables.get(tag);
  if (!table) throw new Error(`The font file has no ${tag} table`);
  return table;
}

type GlyphLookup = (codePoint: number) => number;

/** Format 12 (full Unicode) is preferred; format 4 covers the Basic Multilingual Plane. */
function readCmap(view: DataView, cmap: TableRecord): GlyphLookup {
  const subtableCount = view.getUint16(cmap.offset + 2);
  let format4: number | null = null;
  let format12: number | null = null;
  for (let index = 0; index < subtableCount; index += 1) {
    const record = cmap.offset + 4 + index * 8;
    const platform = view.getUint16(record);
    const encoding = view.getUint16(record + 2);
    const offset = cmap.offset + view.getUint32(record + 4);
    const isUnicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!isUnicode) continue;
    const format = view.getUint16(offset);
    if (format === 12) format12 ??= offset;
    if (format === 4) format4 ??= offset;
  }
  if (format12 !== null) return readFormat12(view, format12);
  if (format4 !== null) return readFormat4(view, format4);
  throw new Error('The font file has no Unicode character map');
}

function readFormat12(view: DataView, offset: number): GlyphLookup {
  const groupCount = view.getUint32(offset + 12);
  const starts = new Uint32Array(groupCount);
  const ends = new Uint32Array(groupCount);
  const glyphs = new Uint32Array(groupCount);
  for (let index = 0; index < groupCount; index += 1) {
    const group = offset + 16 + index * 12;
    starts[index] = view.getUint32(group);
    ends[index] = view.getUint32(group + 4);
    glyphs[index] = view.getUint32(group + 8);
  }
  return (codePoint) => {
    let low = 0;
    let high = groupCount - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (codePoint < (starts[middle] ?? 0)) high = middle - 1;
      else if (codePoint > (ends[middle] ?? 0)) low = middle + 1;
      else return (glyphs[middle] ?? 0) + codePoint - (starts[middle] ?? 0);
    }
    return 0;
  };
}

function readFormat4(view: DataView, offset: number): GlyphLookup {
  const segmentCount = view.getUint16(offset + 6) / 2;
  const endsAt = offset + 14;
  const startsAt = endsAt + segmentCount * 2 + 2;
  const deltasAt = startsAt + segmentCount * 2;
  const rangesAt = deltasAt + segmentCount * 2;
  return (codePoint) => {
    if (codePoint > 0xffff) return 0;
    for (let segment = 0; segment < segmentCount; segment += 1) {
      const end = view.getUint16(endsAt + segment * 2);
      if (codePoint > end) continue;
      const start = view.getUint16(startsAt + segment * 2);
      if (codePoint < start) return 0;
      const delta = view.getInt16(deltasAt + segment * 2);
      const rangeOffsetAt = rangesAt + segment * 2;
      const rangeOffset = view.getUint16(rangeOffsetAt);
      if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
      const glyph = view.getUint16(rangeOffsetAt + rangeOffset + (codePoint - start) * 2);
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

export function readFontMetrics(bytes: Uint8Array): FontMetrics {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = readTables(view);
  const head = requireTable(tables, 'head');
  const hhea = requireTable(tables, 'hhea');
  const hmtx = requireTable(tables, 'hmtx');
  const unitsPerEm = view.getUint16(head.offset + 18);
  const ascender = view.getInt16(hhea.offset + 4);
  const descender = view.getInt16(hhea.offset + 6);
  const metricCount = view.getUint16(hhea.offset + 34);
  const advances = new Uint16Array(metricCount);
  for (let index = 0; index < metricCount; index += 1) advances[index] = view.getUint16(hmtx.offset + index * 4);
  const glyphOf = readCmap(view, requireTable(tables, 'cmap'));
  // Glyphs past the last long metric share its advance (monospaced tails), as the format says.
  const lastAdvance = advances[metricCount - 1] ?? 0;
  const cache = new Map<number, number>();
  return {
    unitsPerEm,
    ascender,
    descender,
    advance(codePoint) {
      const cached = cache.get(codePoint);
      if (cached !== undefined) return cached;
      const glyph = glyphOf(codePoint);
      const width = glyph < metricCount ? (advances[glyph] ?? 0) : lastAdvance;
      cache.set(codePoint, width);
      return width;
    },
    covers: (codePoint) => glyphOf(codePoint) !== 0,
  };
}
