import type { Kpi } from '../domain/kpi';
import type { Measurement } from '../domain/measurement';
import { isoWeeksInYear, measurementPeriodKind, PERIOD_KIND_BY_FREQUENCY, type MeasurementPeriodKind } from '../domain/measurementPeriod';
import { LONG_TEXT_MAX } from '../domain/primitives';
import { formatPeriod, periodOfDate } from './measurementPeriods';
import { checkImportSize, detectSeparator, parseDelimited, type ParsedRow } from './tabularImport';
import { normalizeHeader } from './importColumns';
import { parseImportDate } from './importValues';
import { cutWithEllipsis, wholeCharacterPrefix } from './textCut';

/**
 * KPI values pasted from a spreadsheet (phase 8), checked row by row before anything is stored.
 * Two shapes are understood: two columns (period, value, and an optional note) for one chosen KPI,
 * or a table naming the KPIs, with the KPIs in rows and the periods across, or the other way round.
 * A row with any problem is left out whole and reported with its line and every reason; the caller
 * shows the plan and writes it only when the user confirms.
 */

export type MeasurementImportTarget = { kind: 'oneKpi'; kpiId: string } | { kind: 'namedKpis' };
export type MeasurementImportLayout = 'pairs' | 'kpiRows' | 'kpiColumns';

export type MeasurementImportRefusal =
  | { reason: 'empty' }
  | { reason: 'tooLarge'; bytes: number; maxBytes: number }
  | { reason: 'tooManyRows'; rows: number; maxRows: number }
  | { reason: 'unclosedQuote'; line: number }
  /** The chosen KPI does not exist (any more). */
  | { reason: 'unknownTarget' }
  /** A table was expected, but its first row names neither periods nor KPIs. */
  | { reason: 'noTableHeader' }
  | { reason: 'noRows' };

export type MeasurementProblemCode = 'badPeriod' | 'wrongPeriodKind' | 'missingPeriod' | 'badValue' | 'missingValue' | 'unknownKpi' | 'ambiguousKpi' | 'duplicate';

export interface MeasurementProblem {
  code: MeasurementProblemCode;
  /** The cell as written (cut short) that the message quotes. */
  value: string;
  /** The period the cell belongs to, when the problem is in one cell of a table. */
  period?: string;
}

export interface RejectedMeasurementRow {
  line: number;
  /** What the row is about as written: the KPI name or the period. */
  label: string;
  problems: MeasurementProblem[];
}

export interface PlannedMeasurement {
  line: number;
  kpiId: string;
  period: string;
  value: number;
  /** Null keeps the stored note (or none for a new value). */
  note: string | null;
  /** The stored measurement this value replaces; null for a new one. */
  existing: Measurement | null;
}

export interface MeasurementImportPlan {
  layout: MeasurementImportLayout;
  additions: PlannedMeasurement[];
  replacements: PlannedMeasurement[];
  /** Values already stored exactly as pasted: nothing to do. */
  unchanged: number;
  rejected: RejectedMeasurementRow[];
  /** Header cells of a table with KPIs across that name no KPI; their columns are left out. */
  ignoredColumns: string[];
}

export type MeasurementImportResult = { ok: true; plan: MeasurementImportPlan } | { ok: false; refusal: MeasurementImportRefusal };

export interface MeasurementImportContext {
  kpis: readonly Kpi[];
  measurements: readonly Measurement[];
  target: MeasurementImportTarget;
  /** The workshop language decides "1,234" (en: 1234; es: 1.234) when a value is ambiguous. */
  language: string;
}

const QUOTED_MAX = 60;

function quote(text: string): string {
  return cutWithEllipsis(text, QUOTED_MAX + 1);
}

// ---------------------------------------------------------------------------------------------
// Cells

/**
 * A KPI value as spreadsheets write it: either decimal mark, thousands grouped by the other one,
 * a sign, spaces and a trailing % are understood. A single mark followed by exactly three digits is
 * read the workshop language's way. Null for anything else.
 */
export function parseMeasurementValue(text: string, language: string): number | null {
  let value = text.trim().replace(/[\s\u00a0\u202f']/g, '').replace(/%$/, '');
  let sign = 1;
  if (/^[-\u2212+]/.test(value)) {
    sign = value.startsWith('+') ? 1 : -1;
    value = value.slice(1);
  }
  if (!/^[\d.,]+$/.test(value) || !/\d/.test(value)) return null;
  const decimalMark = decimalMarkOf(value, language === 'es' ? ',' : '.');
  const split = decimalMark === null ? -1 : value.lastIndexOf(decimalMark);
  const integerText = split === -1 ? value : value.slice(0, split);
  const fractionText = split === -1 ? '' : value.slice(split + 1);
  if (/[.,]/.test(fractionText)) return null;
  if (/[.,]/.test(integerText) && !/^\d{1,3}([.,]\d{3})+$/.test(integerText)) return null;
  if (decimalMark !== null && integerText.includes(decimalMark)) return null;
  const number = Number(`${integerText.replace(/[.,]/g, '') || '0'}.${fractionText || '0'}`);
  return Number.isFinite(number) ? sign * number : null;
}

function decimalMarkOf(value: string, languageMark: '.' | ','): '.' | ',' | null {
  const lastDot = value.lastIndexOf('.');
  const lastComma = value.lastIndexOf(',');
  if (lastDot !== -1 && lastComma !== -1) return lastDot > lastComma ? '.' : ',';
  if (lastDot === -1 && lastComma === -1) return null;
  const mark = lastDot !== -1 ? '.' : ',';
  if (value.indexOf(mark) !== value.lastIndexOf(mark)) return null;
  const integerDigits = value.indexOf(mark);
  const fractionDigits = value.length - integerDigits - 1;
  // "1,234" groups thousands in English and is 1.234 in Spanish; "0,125" can only be a fraction.
  const couldGroup = fractionDigits === 3 && integerDigits >= 1 && integerDigits <= 3 && !value.startsWith('0');
  return couldGroup && mark !== languageMark ? null : mark;
}

export type PeriodInputResult = { ok: true; period: string } | { ok: false; code: 'badPeriod' | 'wrongPeriodKind' };

/**
 * A period as people write it, in the period kind of a KPI: 2026-09, 09/2026, 2026-Q3, Q3 2026,
 * T3 2026 (trimestre), 2026-W38, W38 2026, S38 2026 (semana), or any date in the period.
 * A valid period of another kind (a quarter for a monthly KPI) is 'wrongPeriodKind'.
 */
export function parsePeriodInput(text: string, kind: MeasurementPeriodKind): PeriodInputResult {
  const written = writtenPeriod(text);
  if (written === null) return { ok: false, code: 'badPeriod' };
  if (written.kind === 'date') {
    const period = periodOfDate(written.date, kind);
    return period === null ? { ok: false, code: 'badPeriod' } : { ok: true, period };
  }
  return written.kind === kind ? { ok: true, period: written.period } : { ok: false, code: 'wrongPeriodKind' };
}

type WrittenPeriod = { kind: MeasurementPeriodKind; period: string } | { kind: 'date'; date: string };

function writtenPeriod(text: string): WrittenPeriod | null {
  const value = text.trim().toUpperCase().replace(/\s+/g, ' ');
  const direct = measurementPeriodKind(value);
  if (direct !== null) return { kind: direct, period: value };
  const date = parseImportDate(value);
  if (date !== null) return { kind: 'date', date };
  let match = /^(\d{1,2})[/.-](\d{4})$/.exec(value) ?? null;
  if (match) return checked('month', Number(match[2]), Number(match[1]));
  match = /^(\d{4})[/.-](\d{1,2})$/.exec(value);
  if (match) return checked('month', Number(match[1]), Number(match[2]));
  match = /^[QT](\d)[ /-]?(\d{4})$/.exec(value);
  if (match) return checked('quarter', Number(match[2]), Number(match[1]));
  match = /^(\d{4})[ /-]?[QT](\d)$/.exec(value);
  if (match) return checked('quarter', Number(match[1]), Number(match[2]));
  match = /^(?:W|S|KW)(\d{1,2})[ /-]?(\d{4})$/.exec(value);
  if (match) return checked('week', Number(match[2]), Number(match[1]));
  match = /^(\d{4})[ /-]?(?:W|S|KW)(\d{1,2})$/.exec(value);
  if (match) return checked('week', Number(match[1]), Number(match[2]));
  return null;
}

function checked(kind: MeasurementPeriodKind, year: number, index: number): WrittenPeriod | null {
  const last = kind === 'month' ? 12 : kind === 'quarter' ? 4 : isoWeeksInYear(year);
  if (year < 1000 || index < 1 || index > last) return null;
  return { kind, period: formatPeriod(kind, year, index) };
}

function looksLikePeriod(text: string): boolean {
  return text.trim() !== '' && writtenPeriod(text) !== null;
}

// ---------------------------------------------------------------------------------------------
// Rows

type KpiMatch = { kpi: Kpi } | { problem: 'unknownKpi' | 'ambiguousKpi' };

function kpiMatcher(kpis: readonly Kpi[]): (name: string) => KpiMatch {
  const byName = new Map<string, Kpi[]>();
  for (const kpi of kpis) {
    const key = normalizeHeader(kpi.name);
    if (key !== '') byName.set(key, [...(byName.get(key) ?? []), kpi]);
  }
  return (name) => {
    const found = byName.get(normalizeHeader(name)) ?? [];
    const [first] = found;
    if (!first) return { problem: 'unknownKpi' };
    return found.length > 1 ? { problem: 'ambiguousKpi' } : { kpi: first };
  };
}

interface Cell {
  kpi: Kpi;
  periodText: string;
  valueText: string;
  note: string | null;
}

/** Collects the good cells of the whole paste, refusing a row whole when any of its cells is wrong. */
class PlanBuilder {
  private readonly planned = new Map<string, PlannedMeasurement>();
  private readonly stored = new Map<string, Measurement>();
  readonly rejected: RejectedMeasurementRow[] = [];

  constructor(measurements: readonly Measurement[], private readonly language: string) {
    for (const measurement of measurements) {
      const key = `${measurement.kpiId}|${measurement.period}`;
      if (!this.stored.has(key)) this.stored.set(key, measurement);
    }
  }

  addRow(line: number, label: string, cells: readonly Cell[], problems: MeasurementProblem[] = []): void {
    const rowProblems = [...problems];
    const rowEntries: PlannedMeasurement[] = [];
    // Keys of this row's entries: a row may hold thousands of periods, and rescanning it per cell was quadratic.
    const rowKeys = new Set<string>();
    for (const cell of cells) {
      const kind = PERIOD_KIND_BY_FREQUENCY[cell.kpi.frequency];
      const period = cell.periodText.trim() === '' ? null : parsePeriodInput(cell.periodText, kind);
      const value = parseMeasurementValue(cell.valueText, this.language);
      const before = rowProblems.length;
      if (period === null) rowProblems.push({ code: 'missingPeriod', value: '' });
      else if (!period.ok) rowProblems.push({ code: period.code, value: quote(cell.periodText.trim()) });
      const periodLabel = period?.ok ? period.period : undefined;
      if (cell.valueText.trim() === '') rowProblems.push({ code: 'missingValue', value: '', period: periodLabel });
      else if (value === null) rowProblems.push({ code: 'badValue', value: quote(cell.valueText.trim()), period: periodLabel });
      if (rowProblems.length > before || !period?.ok || value === null) continue;
      const key = `${cell.kpi.id}|${period.period}`;
      if (this.planned.has(key) || rowKeys.has(key)) {
        rowProblems.push({ code: 'duplicate', value: period.period, period: period.period });
        continue;
      }
      rowKeys.add(key);
      rowEntries.push({ line, kpiId: cell.kpi.id, period: period.period, value, note: cell.note, existing: this.stored.get(key) ?? null });
    }
    if (rowProblems.length > 0) {
      this.rejected.push({ line, label: quote(label.trim()), problems: rowProblems });
      return;
    }
    for (const entry of rowEntries) this.planned.set(`${entry.kpiId}|${entry.period}`, entry);
  }

  finish(layout: MeasurementImportLayout, ignoredColumns: string[]): MeasurementImportPlan {
    const plan: MeasurementImportPlan = { layout, additions: [], replacements: [], unchanged: 0, rejected: this.rejected, ignoredColumns };
    for (const entry of this.planned.values()) {
      if (entry.existing === null) plan.additions.push(entry);
      else if (entry.existing.value !== entry.value || (entry.note !== null && entry.note !== entry.existing.note)) plan.replacements.push(entry);
      else plan.unchanged += 1;
    }
    return plan;
  }
}

function cellAt(row: ParsedRow, index: number): string {
  return (row.cells[index] ?? '').trim();
}

function readPairs(rows: readonly ParsedRow[], kpi: Kpi, builder: PlanBuilder): MeasurementImportPlan {
  const kind = PERIOD_KIND_BY_FREQUENCY[kpi.frequency];
  rows.forEach((row, index) => {
    const periodText = cellAt(row, 0);
    const valueText = cellAt(row, 1);
    // A first row that holds neither a period nor a number is the sheet's header.
    const isHeader = index === 0 && !parsePeriodInput(periodText, kind).ok && parseMeasurementValue(valueText, 'en') === null;
    if (isHeader) return;
    const note = cellAt(row, 2);
    builder.addRow(row.line, periodText, [{ kpi, periodText, valueText, note: note === '' ? null : wholeCharacterPrefix(note, LONG_TEXT_MAX) }]);
  });
  return builder.finish('pairs', []);
}

function readKpiRows(header: ParsedRow, body: readonly ParsedRow[], kpis: readonly Kpi[], builder: PlanBuilder): MeasurementImportPlan {
  const match = kpiMatcher(kpis);
  for (const row of body) {
    const name = cellAt(row, 0);
    const found = match(name);
    if ('problem' in found) {
      builder.addRow(row.line, name, [], [{ code: found.problem, value: quote(name) }]);
      continue;
    }
    const cells: Cell[] = [];
    // Only the row's own cells: a column past its end holds no value, and a pasted header may be
    // hundreds of thousands of cells wide.
    for (let column = 1; column < row.cells.length; column += 1) {
      const valueText = cellAt(row, column);
      if (valueText !== '') cells.push({ kpi: found.kpi, periodText: cellAt(header, column), valueText, note: null });
    }
    builder.addRow(row.line, name, cells);
  }
  return builder.finish('kpiRows', []);
}

function readKpiColumns(header: ParsedRow, body: readonly ParsedRow[], kpis: readonly Kpi[], builder: PlanBuilder): MeasurementImportPlan {
  const match = kpiMatcher(kpis);
  const columns: { index: number; kpi: Kpi }[] = [];
  const ignored: string[] = [];
  header.cells.forEach((cell, index) => {
    if (index === 0 || cell.trim() === '') return;
    const found = match(cell);
    if ('kpi' in found) columns.push({ index, kpi: found.kpi });
    else ignored.push(quote(cell.trim()));
  });
  for (const row of body) {
    const periodText = cellAt(row, 0);
    const cells = columns
      .map(({ index, kpi }) => ({ kpi, periodText, valueText: cellAt(row, index), note: null }))
      .filter((cell) => cell.valueText !== '');
    builder.addRow(row.line, periodText, cells);
  }
  return builder.finish('kpiColumns', ignored);
}

/** Reads a pasted block into the values it would add or replace, and the rows it cannot take. */
export function planMeasurementImport(rawText: string, context: MeasurementImportContext): MeasurementImportResult {
  const tooBig = checkImportSize(rawText);
  if (tooBig?.reason === 'tooLarge' || tooBig?.reason === 'tooManyRows') return { ok: false, refusal: tooBig };
  const text = rawText.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') return { ok: false, refusal: { reason: 'empty' } };
  const parsed = parseDelimited(text, detectSeparator(text));
  if (parsed.unclosedQuoteLine !== null) return { ok: false, refusal: { reason: 'unclosedQuote', line: parsed.unclosedQuoteLine } };
  const rows = parsed.rows.filter((row) => row.cells.some((cell) => cell.trim() !== ''));
  const [header, ...body] = rows;
  if (!header) return { ok: false, refusal: { reason: 'empty' } };
  const builder = new PlanBuilder(context.measurements, context.language);

  const { target } = context;
  if (target.kind === 'oneKpi') {
    const kpi = context.kpis.find((candidate) => candidate.id === target.kpiId);
    if (!kpi) return { ok: false, refusal: { reason: 'unknownTarget' } };
    return { ok: true, plan: readPairs(rows, kpi, builder) };
  }
  if (body.length === 0) return { ok: false, refusal: { reason: 'noRows' } };
  if (header.cells.slice(1).some(looksLikePeriod)) return { ok: true, plan: readKpiRows(header, body, context.kpis, builder) };
  const match = kpiMatcher(context.kpis);
  if (header.cells.slice(1).some((cell) => 'kpi' in match(cell))) return { ok: true, plan: readKpiColumns(header, body, context.kpis, builder) };
  return { ok: false, refusal: { reason: 'noTableHeader' } };
}
