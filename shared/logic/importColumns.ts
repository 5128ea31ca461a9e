// The columns of a pasted table, found by their header names whatever the case, accents or units.

export interface ImportColumn<F extends string> {
  field: F;
  kind: 'text' | 'money' | 'date';
  /** The header must name this column and every row must fill it. */
  required: boolean;
  /** Header names people use, in English and Spanish; compared without case, accents or punctuation. */
  aliases: readonly string[];
}

/** "Valor (EUR)", "valor", " VALOR " and "Válor" all name the same column. */
export function normalizeHeader(text: string): string {
  return blankOutBracketed(text.normalize('NFD').replace(/\p{Diacritic}/gu, ''))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Replaces each "(...)" and "[...]" with a space, as /\([^)]*\)|\[[^\]]*\]/g would, in linear time:
 * that regex rescans to the end of the text from every unclosed "(" and took hours on a pasted cell
 * of a few million "(" characters. The next closing mark found is remembered, so no search repeats.
 */
function blankOutBracketed(text: string): string {
  const nextClose: Record<')' | ']', number> = { ')': -2, ']': -2 };
  let result = '';
  let copiedUpTo = 0;
  let index = 0;
  while (index < text.length) {
    const character = text[index];
    const close = character === '(' ? ')' : character === '[' ? ']' : null;
    if (close !== null) {
      // -2: not searched yet; -1: none after an earlier position, so none after this one either.
      if (nextClose[close] === -2 || (nextClose[close] !== -1 && nextClose[close] <= index)) nextClose[close] = text.indexOf(close, index + 1);
      const end = nextClose[close];
      if (end !== -1) {
        result += `${text.slice(copiedUpTo, index)} `;
        index = end + 1;
        copiedUpTo = index;
        continue;
      }
    }
    index += 1;
  }
  return result + text.slice(copiedUpTo);
}

export interface ColumnMapping<F extends string> {
  /** Cell index of each recognised field. */
  indexes: Partial<Record<F, number>>;
  /** Header cells that name no field (or a field already named), left out of the import. */
  ignored: string[];
}

export function mapColumns<F extends string>(headerCells: readonly string[], columns: readonly ImportColumn<F>[]): ColumnMapping<F> {
  const indexes: Partial<Record<F, number>> = {};
  const ignored: string[] = [];
  // Aliases normalised once: a pasted header may hold millions of cells, and normalising every alias
  // again for each of them took seconds (a 1,000,000-cell header took 7 s).
  const columnByAlias = new Map<string, ImportColumn<F>>();
  for (const column of columns) {
    for (const alias of column.aliases) {
      const name = normalizeHeader(alias);
      if (!columnByAlias.has(name)) columnByAlias.set(name, column);
    }
  }
  headerCells.forEach((header, index) => {
    // A blank header cell names no column and is not worth reporting as ignored.
    if (header.trim() === '') return;
    const column = columnByAlias.get(normalizeHeader(header));
    if (column && indexes[column.field] === undefined) indexes[column.field] = index;
    else if (header.trim() !== '') ignored.push(header.trim());
  });
  return { indexes, ignored };
}
