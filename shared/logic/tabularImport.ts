import { createLostDeal, lostDealSchema, type LostDeal } from '../domain/lostDeal';
import { utf8ByteLength, MEGABYTE } from '../ipc/textSize';
import { currencyDecimals } from './money';
import { cutWithEllipsis } from './textCut';

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
// Dates and amounts as spreadsheets write them

/** YYYY-MM-DD or DD/MM/YYYY (also with `.` or `-`), to a plan date; null unless it is a real day. */
export function parseImportDate(text: string): string | null {
  const value = text.trim();
  let year: number;
  let month: number;
  let day: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const dayFirst = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(value);
  if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dayFirst) [day, month, year] = [Number(dayFirst[1]), Number(dayFirst[3]), Number(dayFirst[4])];
  else return null;
  if (year < 1000 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${String(year)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export type AmountResult = { ok: true; minorUnits: number } | { ok: false };

/**
 * An amount in either decimal convention, to minor units of the currency. With both `.` and `,` the
 * last one is the decimal mark; a lone mark followed by exactly three digits groups thousands
 * (1.234 and 1,234 are both 1234); more decimals than the currency has are rounded half away from zero.
 * Currency signs and codes, spaces and a leading minus or accounting parentheses are understood.
 */
export function parseImportAmount(text: string, currency: string): AmountResult {
  const { decimals, currencyMarks } = currencyRulesFor(currency);
  let value = text.trim().replace(/[\s\u00a0\u202f']/g, '');
  let negative = false;
  if (/^\(.*\)$/.test(value)) {
    negative = true;
    value = value.slice(1, -1);
  }
  // The sign may come before or after the currency: -€5 and €-5.
  value = value.replace(currencyMarks, '');
  if (/^[-\u2212]/.test(value)) {
    if (negative) return { ok: false };
    negative = true;
    value = value.slice(1).replace(currencyMarks, '');
  }
  if (!/^[\d.,]+$/.test(value) || !/\d/.test(value)) return { ok: false };

  const decimalMark = findDecimalMark(value);
  const split = decimalMark === null ? -1 : value.lastIndexOf(decimalMark);
  const integerText = split === -1 ? value : value.slice(0, split);
  const fractionText = split === -1 ? '' : value.slice(split + 1);
  if (/[.,]/.test(fractionText)) return { ok: false };
  // Group marks only between groups of three digits: "1.23.4" is a typo, not a number.
  const groupPattern = decimalMark === ',' ? '\\.' : decimalMark === '.' ? ',' : '[.,]';
  if (/[.,]/.test(integerText) && !new RegExp(`^\\d{1,3}(${groupPattern}\\d{3})*$`).test(integerText)) return { ok: false };

  const whole = Number(integerText.replace(/[.,]/g, '') || '0');
  const kept = Number(fractionText.slice(0, decimals).padEnd(decimals, '0') || '0');
  const roundUp = Number(fractionText.charAt(decimals) || '0') >= 5 ? 1 : 0;
  const minorUnits = whole * 10 ** decimals + kept + roundUp;
  if (!Number.isSafeInteger(minorUnits)) return { ok: false };
  return { ok: true, minorUnits: negative ? -minorUnits : minorUnits };
}

interface CurrencyRules {
  decimals: number;
  currencyMarks: RegExp;
}

// Asking Intl for a currency's decimals costs more than reading a whole row: ask once per currency.
const currencyRulesCache = new Map<string, CurrencyRules>();

function currencyRulesFor(currency: string): CurrencyRules {
  const cached = currencyRulesCache.get(currency);
  if (cached) return cached;
  // Signs come from a cell's number format and are dropped; a written code must be the workshop's own
  // ("12 USD" in a euro workshop is not 12 euros).
  const code = /^[A-Z]{3}$/.test(currency) ? currency : 'XXX';
  const rules = { decimals: currencyDecimals(currency), currencyMarks: new RegExp(`^(${code}|[€$£¥])|(${code}|[€$£¥])$`, 'gi') };
  currencyRulesCache.set(currency, rules);
  return rules;
}

/**
 * With both marks the last one is the decimal mark; a lone mark is one too unless exactly three
 * digits follow it (1.234 and 1,234 group thousands); a mark that repeats always groups.
 */
function findDecimalMark(value: string): '.' | ',' | null {
  const lastDot = value.lastIndexOf('.');
  const lastComma = value.lastIndexOf(',');
  if (lastDot !== -1 && lastComma !== -1) return lastDot > lastComma ? '.' : ',';
  if (lastDot === -1 && lastComma === -1) return null;
  const mark = lastDot !== -1 ? '.' : ',';
  const single = value.indexOf(mark) === value.lastIndexOf(mark);
  const digitsAfter = value.length - value.lastIndexOf(mark) - 1;
  return single && digitsAfter !== 3 ? mark : null;
}

// ---------------------------------------------------------------------------------------------
// Columns and rows

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
