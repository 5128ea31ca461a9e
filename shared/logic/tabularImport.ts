import { createLostDeal, lostDealSchema, type LostDeal } from '../domain/lostDeal';
import { utf8ByteLength, MEGABYTE } from '../ipc/textSize';
import { cutWithEllipsis } from './textCut';
import { mapColumns, type ColumnMapping, type ImportColumn } from './importColumns';
import { parseImportAmount, parseImportDate } from './importValues';

export { mapColumns, normalizeHeader, type ColumnMapping, type ImportColumn } from './importColumns';
export { parseImportAmount, parseImportDate, type AmountResult } from './importValues';

/**
 * Rows pasted or opened from a spreadsheet (CSV or TSV), turned into records. Nothing here stores
 * anything: the caller shows the valid rows and the refused ones, line by line with the reason, and
 * only adds the valid rows once the user confirms.
 *
 * Spreadsheets differ by country: Spanish Excel writes `;` between cells and `1.234,50` for money,
 * English Excel `,` and `1,234.50`, and a copy from any sheet gives tabs. All of them are accepted.
 */

/** Refused before parsing: a paste this big is a mistake (or a whole database), not a lost-deal log. */
export const MAX_IMPORT_BYTES = 5 * MEGABYTE;
/** Rows under the header; one import is one undo step, and a step this size still feels instant. */
export const MAX_IMPORT_ROWS = 5_000;

export type Separator = ',' | ';' | '\t';

export type ImportRefusal =
  | { reason: 'empty' }
  | { reason: 'tooLarge'; bytes: number; maxBytes: number }
  | { reason: 'tooManyRows'; rows: number; maxRows: number }
  | { reason: 'unclosedQuote'; line: number }
  | { reason: 'noHeader' }
  | { reason: 'missingColumns'; fields: string[] }
  | { reason: 'noRows' };

export type CellProblemCode = 'missing' | 'badDate' | 'badAmount' | 'negativeAmount' | 'tooLong' | 'invalid';

export interface CellProblem<F extends string = string> {
  field: F;
  code: CellProblemCode;
  /** The cell as written (cut short), so the message can quote it. */
  value: string;
}

export interface ParsedRow {
  /** The line of the text where the row starts (1 = the header). */
  line: number;
  cells: string[];
}

// ---------------------------------------------------------------------------------------------
// Size, separators and cells

/** Checks the size of the text without parsing it; null when it may be parsed. */
export function checkImportSize(text: string, maxBytes = MAX_IMPORT_BYTES, maxRows = MAX_IMPORT_ROWS): ImportRefusal | null {
  // Every character is at least one byte, so a long string is refused without measuring it.
  if (text.length > maxBytes) return { reason: 'tooLarge', bytes: text.length, maxBytes };
  const bytes = utf8ByteLength(text);
  if (bytes > maxBytes) return { reason: 'tooLarge', bytes, maxBytes };
  // Line ends may sit inside quoted cells, so this overcounts rows; the header is the +1. Old Mac
  // files end lines with a lone \r, Windows ones with \r\n: the larger count is the line count.
  const lines = Math.max(countOf(text, '\n'), countOf(text, '\r'));
  if (lines > maxRows + 1) return { reason: 'tooManyRows', rows: lines, maxRows };
  return null;
}

function countOf(text: string, character: string): number {
  let count = 0;
  for (let index = text.indexOf(character); index !== -1; index = text.indexOf(character, index + 1)) count += 1;
  return count;
}

/** Tabs win (a copy from a sheet); otherwise whichever of `;` and `,` the header line uses more. */
export function detectSeparator(text: string): Separator {
  const firstLine = firstNonBlankLine(text);
  const counts = { '\t': 0, ';': 0, ',': 0 };
  let quoted = false;
  for (const character of firstLine) {
    if (character === '"') quoted = !quoted;
    else if (!quoted && (character === '\t' || character === ';' || character === ',')) counts[character] += 1;
  }
  if (counts['\t'] > 0) return '\t';
  return counts[';'] >= counts[','] && counts[';'] > 0 ? ';' : ',';
}

function firstNonBlankLine(text: string): string {
  let start = 0;
  while (start < text.length) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end === -1 ? text.length : end);
    if (line.trim() !== '') return line;
    if (end === -1) break;
    start = end + 1;
  }
  return '';
}

/**
 * RFC 4180 cells: a cell that starts with a quote may hold separators, quotes (doubled) and line
 * breaks. Expects text with `\n` line ends. `unclosedQuoteLine` is set when the text ends inside a
 * quoted cell; the rows are then unreliable and the caller should refuse them.
 */
export function parseDelimited(text: string, separator: Separator): { rows: ParsedRow[]; unclosedQuoteLine: number | null } {
  const rows: ParsedRow[] = [];
  // Everything up to the next separator or line end, in one step rather than character by character.
  const unquotedRun = new RegExp(`[^${separator === '\t' ? '\\t' : separator}\\n]*`, 'y');
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let rowLine = 1;
  let index = 0;
  while (index < text.length) {
    if (text[index] === '"' && cell === '') {
      let closing = text.indexOf('"', index + 1);
      let from = index + 1;
      for (;;) {
        if (closing === -1) return { rows, unclosedQuoteLine: rowLine };
        cell += text.slice(from, closing);
        if (text[closing + 1] !== '"') break;
        cell += '"';
        from = closing + 2;
        closing = text.indexOf('"', from);
      }
      for (let newline = text.indexOf('\n', index); newline !== -1 && newline < closing; newline = text.indexOf('\n', newline + 1)) line += 1;
      index = closing + 1;
    }
    unquotedRun.lastIndex = index;
    const run = unquotedRun.exec(text)?.[0] ?? '';
    cell += run;
    index += run.length;
    if (index >= text.length) break;
    if (text[index] === separator) {
      cells.push(cell);
      cell = '';
    } else {
      cells.push(cell);
      rows.push({ line: rowLine, cells });
      cells = [];
      cell = '';
      line += 1;
      rowLine = line;
    }
    index += 1;
  }
  if (cells.length > 0 || cell !== '') {
    cells.push(cell);
    rows.push({ line: rowLine, cells });
  }
  return { rows, unclosedQuoteLine: null };
}

// ---------------------------------------------------------------------------------------------
// Rows

export interface TableImport<R, F extends string> {
  separator: Separator;
  mapping: ColumnMapping<F>;
  /** Rows that passed every check, in the order of the text. */
  valid: { line: number; record: R }[];
  /** Rows refused, each with every reason found. */
  rejected: { line: number; cells: string[]; problems: CellProblem<F>[] }[];
}

export type TableImportResult<R, F extends string> = { ok: true; table: TableImport<R, F> } | { ok: false; refusal: ImportRefusal };

const QUOTED_VALUE_MAX = 60;

/**
 * Reads a table: size check, separator, header, then every row converted by its columns and finally
 * by `build`, which returns the record or the problems its schema found. Blank rows are skipped.
 */
export function readTable<R, F extends string>(
  rawText: string,
  columns: readonly ImportColumn<F>[],
  currency: string,
  build: (fields: Partial<Record<F, string | number>>) => { record: R } | { problems: CellProblem<F>[] },
): TableImportResult<R, F> {
  const tooBig = checkImportSize(rawText);
  if (tooBig) return { ok: false, refusal: tooBig };
  const text = rawText.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') return { ok: false, refusal: { reason: 'empty' } };

  const separator = detectSeparator(text);
  const parsed = parseDelimited(text, separator);
  if (parsed.unclosedQuoteLine !== null) return { ok: false, refusal: { reason: 'unclosedQuote', line: parsed.unclosedQuoteLine } };
  const rows = parsed.rows.filter((row) => row.cells.some((cell) => cell.trim() !== ''));
  const [header, ...body] = rows;
  if (!header) return { ok: false, refusal: { reason: 'empty' } };
  const mapping = mapColumns(header.cells, columns);
  if (Object.keys(mapping.indexes).length === 0) return { ok: false, refusal: { reason: 'noHeader' } };
  const missing = columns.filter((column) => column.required && mapping.indexes[column.field] === undefined).map((column) => column.field);
  if (missing.length > 0) return { ok: false, refusal: { reason: 'missingColumns', fields: missing } };
  if (body.length === 0) return { ok: false, refusal: { reason: 'noRows' } };
  if (body.length > MAX_IMPORT_ROWS) return { ok: false, refusal: { reason: 'tooManyRows', rows: body.length, maxRows: MAX_IMPORT_ROWS } };

  const table: TableImport<R, F> = { separator, mapping, valid: [], rejected: [] };
  for (const row of body) {
    const fields: Partial<Record<F, string | number>> = {};
    const problems: CellProblem<F>[] = [];
    for (const column of columns) {
      const index = mapping.indexes[column.field];
      const raw = (index === undefined ? '' : (row.cells[index] ?? '')).trim();
      const quoted = cutWithEllipsis(raw, QUOTED_VALUE_MAX + 1);
      if (raw === '') {
        if (column.required) problems.push({ field: column.field, code: 'missing', value: '' });
        else if (column.kind === 'text') fields[column.field] = '';
        continue;
      }
      if (column.kind === 'text') fields[column.field] = raw;
      else if (column.kind === 'date') {
        const date = parseImportDate(raw);
        if (date === null) problems.push({ field: column.field, code: 'badDate', value: quoted });
        else fields[column.field] = date;
      } else {
        const amount = parseImportAmount(raw, currency);
        if (!amount.ok) problems.push({ field: column.field, code: 'badAmount', value: quoted });
        else if (amount.minorUnits < 0) problems.push({ field: column.field, code: 'negativeAmount', value: quoted });
        else fields[column.field] = amount.minorUnits;
      }
    }
    if (problems.length === 0) {
      const built = build(fields);
      if ('record' in built) {
        table.valid.push({ line: row.line, record: built.record });
        continue;
      }
      problems.push(...built.problems);
    }
    table.rejected.push({ line: row.line, cells: row.cells, problems });
  }
  return { ok: true, table };
}

// ---------------------------------------------------------------------------------------------
// The lost-deal log

export type LostDealImportField = 'customer' | 'market' | 'product' | 'competitor' | 'reason' | 'value' | 'date';

export const LOST_DEAL_IMPORT_COLUMNS: readonly ImportColumn<LostDealImportField>[] = [
  { field: 'customer', kind: 'text', required: true, aliases: ['customer', 'customer name', 'client', 'account', 'cliente', 'nombre del cliente', 'cuenta'] },
  { field: 'market', kind: 'text', required: false, aliases: ['market', 'country', 'region', 'mercado', 'pais', 'region', 'zona'] },
  { field: 'product', kind: 'text', required: false, aliases: ['product', 'product line', 'product family', 'producto', 'linea de producto', 'familia de producto', 'familia'] },
  { field: 'competitor', kind: 'text', required: false, aliases: ['competitor', 'lost to', 'won by', 'winner', 'competidor', 'competencia', 'ganado por', 'perdido frente a'] },
  { field: 'reason', kind: 'text', required: false, aliases: ['reason', 'loss reason', 'why', 'motivo', 'motivo de perdida', 'razon', 'causa'] },
  { field: 'value', kind: 'money', required: true, aliases: ['value', 'deal value', 'amount', 'lost value', 'valor', 'importe', 'volumen', 'monto', 'valor perdido'] },
  { field: 'date', kind: 'date', required: true, aliases: ['date', 'lost on', 'date lost', 'fecha', 'fecha de perdida'] },
];

function isLostDealField(field: string): field is LostDealImportField {
  return LOST_DEAL_IMPORT_COLUMNS.some((column) => column.field === field);
}

/** The lost-deal rows of a pasted or opened table, each checked against the lost-deal schema. */
export function importLostDeals(text: string, workshopId: string, currency: string): TableImportResult<LostDeal, LostDealImportField> {
  return readTable<LostDeal, LostDealImportField>(text, LOST_DEAL_IMPORT_COLUMNS, currency, (fields) => {
    const candidate = createLostDeal(workshopId, fields as Partial<Omit<LostDeal, 'id' | 'workshopId'>>);
    const checked = lostDealSchema.safeParse(candidate);
    if (checked.success) return { record: checked.data };
    return {
      problems: checked.error.issues.map((issue) => {
        const field = String(issue.path[0] ?? '');
        const known: LostDealImportField = isLostDealField(field) ? field : 'customer';
        const value = String(fields[known] ?? '');
        return { field: known, code: issue.code === 'too_big' ? 'tooLong' : 'invalid', value: cutWithEllipsis(value, QUOTED_VALUE_MAX + 1) };
      }),
    };
  });
}
