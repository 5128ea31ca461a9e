// Issue 6, item 2 (CSV side): 1,000+ hostile spreadsheet pastes through the real parse and check
// functions of the lost-deal import and the KPI values paste. Run with HOSTILE_SEED=<n> to replay.
import { isDeepStrictEqual } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { createKpi, createMeasurement, lostDealSchema, measurementSchema, PERIOD_KIND_BY_FREQUENCY, measurementPeriodKind, type Kpi, type LostDeal } from '../../shared/domain';
import { LONG_TEXT_MAX } from '../../shared/domain/primitives';
import { detectSeparator, importLostDeals, LOST_DEAL_IMPORT_COLUMNS, normalizeHeader, parseDelimited, type LostDealImportField } from '../../shared/logic/tabularImport';
import { planMeasurementImport, type MeasurementImportContext } from '../../shared/logic/measurementImport';
import { applyChanges, DataValidationError, exportBundle, undo, type RecordMutation } from '../../renderer/data';
import { describeProblem, describeRefusal } from '../../renderer/features/diagnosis/lostDeals/importMessages';
import { describePasteProblem, describePasteRefusal } from '../../renderer/features/measurement/values/pasteMessages';
import { pastePlanMutations } from '../../renderer/features/measurement/values/pasteMutations';
import { buildCompleteBundle } from '../unit/shared/fixtures/bundleBuilder';
import { loadAppCatalogues, messageFault, MESSAGE_LANGUAGES, translatorFor } from './corpus/catalogueMessages';
import { canonicalDatabaseDump } from './corpus/databaseDump';
import { generateHostilePastes } from './corpus/hostilePasteCorpus';
import type { KpiNames } from './corpus/kpiPasteCases';
import type { HostilePaste } from './corpus/pasteCorpusTypes';
import { corpusSeed } from './corpus/seededRandom';
import { storeBundleAsIs, useFreshDatabase } from './dataTestHarness';

const DEFAULT_SEED = 20260602;
/** The brief's bound: a paste that takes longer than this freezes the dialog and is a bug. */
const MAX_PASTE_MILLISECONDS = 5000;
const CONFIRMED_SAMPLES = 30;

const getDatabase = useFreshDatabase();

beforeAll(async () => {
  await loadAppCatalogues('en');
});

interface PasteWorkshop {
  workshopId: string;
  currency: string;
  language: 'en' | 'es';
  kpis: Kpi[];
  names: KpiNames;
}

/** The fixture workshop plus KPIs of every frequency and two sharing a name, stored as the app stores them. */
async function seedWorkshop(): Promise<PasteWorkshop> {
  const bundle = buildCompleteBundle();
  const workshopId = bundle.workshop.id;
  const extra = [
    createKpi(workshopId, { name: 'Visits per week', frequency: 'weekly' }),
    createKpi(workshopId, { name: 'Market share', frequency: 'quarterly', unit: '%' }),
    createKpi(workshopId, { name: 'Twin KPI', frequency: 'monthly' }),
    createKpi(workshopId, { name: 'Twin KPI', frequency: 'monthly' }),
  ];
  bundle.records.kpis.push(...extra);
  await storeBundleAsIs(getDatabase(), bundle);
  const monthly = bundle.records.kpis[0];
  if (!monthly) throw new Error('The fixture has no KPI');
  return {
    workshopId,
    currency: bundle.workshop.currency,
    language: bundle.workshop.language,
    kpis: bundle.records.kpis,
    names: { monthly: monthly.name, weekly: 'Visits per week', quarterly: 'Market share', ambiguous: 'Twin KPI' },
  };
}

function timed<T>(run: () => T): { value: T; milliseconds: number } {
  const started = performance.now();
  const value = run();
  return { value, milliseconds: performance.now() - started };
}

/** The rows the importer should account for: every non-blank row under the header, by line. */
function bodyRowsByLine(text: string): Map<number, string[]> {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const rows = parseDelimited(normalized, detectSeparator(normalized)).rows.filter((row) => row.cells.some((cell) => cell.trim() !== ''));
  return new Map(rows.slice(1).map((row) => [row.line, row.cells]));
}

function lostDealFaults(paste: HostilePaste, workshop: PasteWorkshop, result: ReturnType<typeof importLostDeals>): string[] {
  const faults: string[] = [];
  for (const language of MESSAGE_LANGUAGES) {
    const t = translatorFor(language);
    if (!result.ok) {
      const fault = messageFault(describeRefusal(result.refusal, t, language));
      if (fault) faults.push(`${language} refusal ${result.refusal.reason} ${fault}`);
      continue;
    }
    for (const row of result.table.rejected) {
      if (row.problems.length === 0) faults.push(`line ${row.line} refused without a reason`);
      for (const problem of row.problems) {
        const fault = messageFault(describeProblem(problem, t), [problem.value]);
        if (fault) faults.push(`${language} message for ${problem.field}/${problem.code} ${fault}`);
      }
    }
  }
  if (!result.ok) return faults;
  const { table } = result;
  const rows = bodyRowsByLine(paste.text);
  const lines = [...table.valid.map((row) => row.line), ...table.rejected.map((row) => row.line)];
  if (new Set(lines).size !== lines.length || lines.length !== rows.size) faults.push(`${lines.length} rows accounted for, ${rows.size} in the paste`);
  for (const { line, record } of table.valid) {
    if (!lostDealSchema.safeParse(record).success || record.workshopId !== workshop.workshopId) faults.push(`line ${line} accepted but invalid`);
    // Text cells are stored as written (trimmed), character for character.
    for (const column of LOST_DEAL_IMPORT_COLUMNS.filter((candidate) => candidate.kind === 'text')) {
      const index = table.mapping.indexes[column.field as LostDealImportField];
      const cell = index === undefined ? '' : (rows.get(line)?.[index] ?? '').trim();
      if (record[column.field as keyof LostDeal] !== cell) faults.push(`line ${line} ${column.field} changed`);
    }
  }
  return faults;
}

function planFaults(context: MeasurementImportContext, result: ReturnType<typeof planMeasurementImport>, workshopId: string): string[] {
  const faults: string[] = [];
  for (const language of MESSAGE_LANGUAGES) {
    const t = translatorFor(language);
    if (!result.ok) {
      const fault = messageFault(describePasteRefusal(result.refusal, t, language));
      if (fault) faults.push(`${language} refusal ${result.refusal.reason} ${fault}`);
      continue;
    }
    for (const row of result.plan.rejected) {
      if (row.problems.length === 0) faults.push(`line ${row.line} refused without a reason`);
      for (const problem of row.problems) {
        const fault = messageFault(describePasteProblem(problem, t, language), [problem.value, row.label]);
        if (fault) faults.push(`${language} message for ${problem.code} ${fault}`);
      }
    }
  }
  if (!result.ok) return faults;
  for (const entry of [...result.plan.additions, ...result.plan.replacements]) {
    const kpi = context.kpis.find((candidate) => candidate.id === entry.kpiId);
    if (!kpi || measurementPeriodKind(entry.period) !== PERIOD_KIND_BY_FREQUENCY[kpi.frequency]) faults.push(`line ${entry.line} planned for a wrong period ${entry.period}`);
    const measurement = createMeasurement(workshopId, { kpiId: entry.kpiId, period: entry.period, value: entry.value, note: entry.note ?? '' });
    if (!measurementSchema.safeParse(measurement).success || (entry.note !== null && entry.note.length > LONG_TEXT_MAX)) faults.push(`line ${entry.line} planned an invalid value`);
  }
  return faults;
}

interface PasteRun {
  paste: HostilePaste;
  lostDeals: ReturnType<typeof importLostDeals>;
  oneKpi: ReturnType<typeof planMeasurementImport>;
  namedKpis: ReturnType<typeof planMeasurementImport>;
  milliseconds: { lostDeals: number; oneKpi: number; namedKpis: number };
  faults: string[];
}

function runPaste(paste: HostilePaste, workshop: PasteWorkshop): PasteRun {
  const faults: string[] = [];
  const attempt = <T,>(label: string, run: () => T): { value: T | null; milliseconds: number } => {
    try {
      return timed(run);
    } catch (error) {
      faults.push(`${label} threw ${error instanceof Error ? error.message : String(error)}`);
      return { value: null, milliseconds: 0 };
    }
  };
  const base = { kpis: workshop.kpis, measurements: [], language: workshop.language };
  const oneKpiContext: MeasurementImportContext = { ...base, target: { kind: 'oneKpi', kpiId: (workshop.kpis[0] as Kpi).id } };
  const namedContext: MeasurementImportContext = { ...base, target: { kind: 'namedKpis' } };
  const lostDeals = attempt('lost deals', () => importLostDeals(paste.text, workshop.workshopId, workshop.currency));
  const oneKpi = attempt('one KPI', () => planMeasurementImport(paste.text, oneKpiContext));
  const namedKpis = attempt('named KPIs', () => planMeasurementImport(paste.text, namedContext));
  if (lostDeals.value) faults.push(...lostDealFaults(paste, workshop, lostDeals.value).map((fault) => `lost deals: ${fault}`));
  if (oneKpi.value) faults.push(...planFaults(oneKpiContext, oneKpi.value, workshop.workshopId).map((fault) => `one KPI: ${fault}`));
  if (namedKpis.value) faults.push(...planFaults(namedContext, namedKpis.value, workshop.workshopId).map((fault) => `named KPIs: ${fault}`));
  const milliseconds = { lostDeals: lostDeals.milliseconds, oneKpi: oneKpi.milliseconds, namedKpis: namedKpis.milliseconds };
  for (const [importer, spent] of Object.entries(milliseconds)) if (spent > MAX_PASTE_MILLISECONDS) faults.push(`${importer} took ${spent.toFixed(0)} ms`);
  const failed = { ok: false as const, refusal: { reason: 'empty' as const } };
  return { paste, lostDeals: lostDeals.value ?? failed, oneKpi: oneKpi.value ?? failed, namedKpis: namedKpis.value ?? failed, milliseconds, faults };
}

function printSummary(seed: number, runs: readonly PasteRun[], milliseconds: number): void {
  const byCategory = new Map<string, { pastes: number; refused: number; validRows: number; rejectedRows: number; plannedValues: number }>();
  for (const run of runs) {
    const row = byCategory.get(run.paste.category) ?? { pastes: 0, refused: 0, validRows: 0, rejectedRows: 0, plannedValues: 0 };
    row.pastes += 1;
    if (!run.lostDeals.ok) row.refused += 1;
    else {
      row.validRows += run.lostDeals.table.valid.length;
      row.rejectedRows += run.lostDeals.table.rejected.length;
    }
    for (const plan of [run.oneKpi, run.namedKpis]) if (plan.ok) row.plannedValues += plan.plan.additions.length + plan.plan.replacements.length;
    byCategory.set(run.paste.category, row);
  }
  const slowest = runs.map((run) => ({ run, spent: Math.max(run.milliseconds.lostDeals, run.milliseconds.oneKpi, run.milliseconds.namedKpis) })).sort((left, right) => right.spent - left.spent);
  const hundredThousand = runs.filter((run) => run.paste.name.startsWith('huge/100k'));
  console.log(
    [
      `Hostile paste corpus: seed ${seed} (replay with HOSTILE_SEED=${seed}), ${runs.length} pastes x 3 importers, ${runs.filter((run) => run.faults.length > 0).length} with faults, ${(milliseconds / 1000).toFixed(1)} s`,
      '  category              pastes  lost-deal refusals  valid rows  refused rows  KPI values planned',
      ...[...byCategory].map(([category, row]) => `  ${category.padEnd(20)}${String(row.pastes).padStart(8)}${String(row.refused).padStart(20)}${String(row.validRows).padStart(12)}${String(row.rejectedRows).padStart(14)}${String(row.plannedValues).padStart(20)}`),
      ...hundredThousand.map((run) => `  ${run.paste.name}: lost deals ${run.milliseconds.lostDeals.toFixed(1)} ms (${run.lostDeals.ok ? 'parsed' : run.lostDeals.refusal.reason}), one KPI ${run.milliseconds.oneKpi.toFixed(1)} ms, named KPIs ${run.milliseconds.namedKpis.toFixed(1)} ms`),
      `  slowest: ${slowest.slice(0, 3).map(({ run, spent }) => `${run.paste.name} ${spent.toFixed(0)} ms`).join(', ')}`,
    ].join('\n'),
  );
}

describe('hostile paste corpus', () => {
  it('accepts each pasted row as a valid record or reports why, quickly, and writes nothing before confirmation', async () => {
    const database = getDatabase();
    const workshop = await seedWorkshop();
    const seed = corpusSeed(DEFAULT_SEED);
    const started = performance.now();
    const corpus = generateHostilePastes(seed, workshop.names);
    expect(corpus.pastes.length).toBeGreaterThanOrEqual(1000);
    const baseline = await canonicalDatabaseDump(database);
    const undoBaseline = await canonicalDatabaseDump(database, { ignoreWorkshopEditTime: true });

    const runs = corpus.pastes.map((paste) => runPaste(paste, workshop));
    // Reading and checking a paste never writes: the dialogs store only on confirm.
    expect(await canonicalDatabaseDump(database)).toBe(baseline);
    printSummary(seed, runs, performance.now() - started);

    const faults = runs.filter((run) => run.faults.length > 0).map((run) => `${run.paste.name}: ${run.faults.slice(0, 3).join('; ')}`);
    expect(faults.slice(0, 25), `${faults.length} pastes with faults`).toEqual([]);
    expect(runs.filter((run) => run.lostDeals.ok && run.lostDeals.table.valid.length > 0).length).toBeGreaterThan(100);
    expect(runs.filter((run) => run.lostDeals.ok && run.lostDeals.table.rejected.length > 0).length).toBeGreaterThan(100);

    // Confirming writes exactly the checked records, as the dialogs do, and undo restores the database.
    const confirmedDeals = runs.filter((run) => run.lostDeals.ok && run.lostDeals.table.valid.length > 0).slice(0, CONFIRMED_SAMPLES);
    for (const run of confirmedDeals) {
      if (!run.lostDeals.ok) continue;
      const records = run.lostDeals.table.valid.map((row) => row.record);
      await applyChanges(workshop.workshopId, 'import', records.map((record): RecordMutation => ({ type: 'add', kind: 'lostDeals', record })));
      const stored = (await exportBundle(workshop.workshopId)).records.lostDeals;
      for (const record of records) expect(isDeepStrictEqual(stored.find((candidate) => candidate.id === record.id), record), `${run.paste.name} stored as checked`).toBe(true);
      await undo(workshop.workshopId);
      expect(await canonicalDatabaseDump(database, { ignoreWorkshopEditTime: true }), `${run.paste.name} undone`).toBe(undoBaseline);
    }
    const confirmedPlans = runs.filter((run) => run.namedKpis.ok && run.namedKpis.plan.additions.length > 0).slice(0, CONFIRMED_SAMPLES);
    for (const run of confirmedPlans) {
      if (!run.namedKpis.ok) continue;
      const mutations = pastePlanMutations(workshop.workshopId, run.namedKpis.plan);
      await applyChanges(workshop.workshopId, 'import', mutations);
      const stored = (await exportBundle(workshop.workshopId)).records.measurements;
      for (const mutation of mutations) if (mutation.type === 'add') expect(stored.some((candidate) => isDeepStrictEqual(candidate, mutation.record)), run.paste.name).toBe(true);
      await undo(workshop.workshopId);
      expect(await canonicalDatabaseDump(database, { ignoreWorkshopEditTime: true }), `${run.paste.name} undone`).toBe(undoBaseline);
    }
    expect(confirmedDeals.length + confirmedPlans.length).toBeGreaterThan(CONFIRMED_SAMPLES);

    // A confirm carrying one invalid record is refused whole: nothing of it is stored.
    const [firstValid] = confirmedDeals.flatMap((run) => (run.lostDeals.ok ? run.lostDeals.table.valid.map((row) => row.record) : []));
    if (!firstValid) throw new Error('no valid lost deal to confirm');
    const invalid: LostDeal = { ...firstValid, id: crypto.randomUUID(), value: 1.5 };
    const beforeRefusedConfirm = await canonicalDatabaseDump(database);
    await expect(applyChanges(workshop.workshopId, 'import', [firstValid, invalid].map((record): RecordMutation => ({ type: 'add', kind: 'lostDeals', record })))).rejects.toBeInstanceOf(DataValidationError);
    expect(await canonicalDatabaseDump(database)).toBe(beforeRefusedConfirm);
  }, 120_000);

  // Fixed with this corpus: mapColumns normalised every alias again for each header cell (a header of
  // 1,000,000 cells took 7 s) and normalizeHeader's bracket regex rescanned the rest of the cell from
  // every "(" (a cell of 40,000 "(" took 0.75 s, of 4,000,000 hours).
  it('reads a pasted header of a million cells, or a cell of millions of brackets, in well under the 5 s bound', () => {
    const workshopId = crypto.randomUUID();
    for (const text of [`Customer,Value,Date${','.repeat(1_000_000)}\nAcme,5,2026-01-01`, `Customer,Value,Date,${'(['.repeat(2_000_000)}\nAcme,5,2026-01-01`]) {
      const { value: result, milliseconds } = timed(() => importLostDeals(text, workshopId, 'EUR'));
      expect(result.ok && result.table.valid.map((row) => row.record.customer)).toEqual(['Acme']);
      // About 0.1 to 0.5 s here depending on load; before the fix 7 s and hours.
      expect(milliseconds).toBeLessThan(2000);
    }
  });

  it('normalises header names exactly as the bracket regex did', () => {
    const previous = (text: string): string =>
      text.normalize('NFD').replace(/\p{Diacritic}/gu, '').replace(/\([^)]*\)|\[[^\]]*\]/g, ' ').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
    const alphabet = ['(', ')', '[', ']', 'a', 'B', ' ', 'é', '-'];
    let state = 7;
    const next = (limit: number): number => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state % limit;
    };
    for (let sample = 0; sample < 50_000; sample += 1) {
      const text = Array.from({ length: next(12) }, () => alphabet[next(alphabet.length)] ?? '').join('');
      expect(normalizeHeader(text), JSON.stringify(text)).toBe(previous(text));
    }
  });

  // Guards against a paste that hangs the screen, not speed goals: the sizes are chosen so a quadratic
  // plan takes tens of seconds and a linear one a few tens of milliseconds, far from either bound.
  it('plans a KPI row with 20,000 periods without rescanning the row for duplicates', () => {
    const periods: string[] = [];
    for (let year = 1000; periods.length < 20_000; year += 1) for (let month = 1; month <= 12 && periods.length < 20_000; month += 1) periods.push(`${year}-${String(month).padStart(2, '0')}`);
    const kpi = createKpi(crypto.randomUUID(), { name: 'Sales', frequency: 'monthly' });
    const text = `KPI,${periods.join(',')}\nSales,${periods.map(() => '1').join(',')}`;
    const { value: result, milliseconds } = timed(() => planMeasurementImport(text, { kpis: [kpi], measurements: [], target: { kind: 'namedKpis' }, language: 'en' }));
    console.log(`KPI row with 20,000 periods: ${milliseconds.toFixed(0)} ms`);
    expect(result.ok && result.plan.additions).toHaveLength(20_000);
    // The quadratic plan took about 22 s here; the linear one about 60 ms.
    expect(milliseconds).toBeLessThan(5_000);
  });

  it('plans 5,000 KPI rows under a header of 1,000,000 cells reading only the cells each row has', () => {
    const kpi = createKpi(crypto.randomUUID(), { name: 'Sales', frequency: 'monthly' });
    const text = `KPI,2026-01${','.repeat(1_000_000)}\nSales,1${'\nSales,'.repeat(4_999)}`;
    const { value: result, milliseconds } = timed(() => planMeasurementImport(text, { kpis: [kpi], measurements: [], target: { kind: 'namedKpis' }, language: 'en' }));
    console.log(`5,000 KPI rows under a 1,000,000-cell header: ${milliseconds.toFixed(0)} ms`);
    expect(result.ok && result.plan.additions).toHaveLength(1);
    // Walking the whole header for every row took about 27 s here; the rows' own cells, milliseconds.
    expect(milliseconds).toBeLessThan(5_000);
  });
});
