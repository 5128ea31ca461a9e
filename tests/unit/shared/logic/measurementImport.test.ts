import { describe, expect, it } from 'vitest';
import { createKpi, createMeasurement } from '../../../../shared/domain';
import { parseMeasurementValue, parsePeriodInput, planMeasurementImport, type MeasurementImportContext } from '../../../../shared/logic/measurementImport';

const WORKSHOP = '00000000-0000-4000-8000-000000000001';

describe('parseMeasurementValue', () => {
  it.each([
    ['47.3', 'en', 47.3],
    ['47,3', 'es', 47.3],
    ['47.3', 'es', 47.3],
    ['47,3', 'en', 47.3],
    ['1,234.5', 'en', 1234.5],
    ['1.234,5', 'es', 1234.5],
    ['1,234', 'en', 1234],
    ['1,234', 'es', 1.234],
    ['1.234', 'es', 1234],
    ['0,125', 'en', 0.125],
    ['1 234 567', 'es', 1234567],
    ['71 %', 'en', 71],
    ['-2.5', 'en', -2.5],
    ['\u22124', 'es', -4],
    ['+3', 'en', 3],
    ['0', 'en', 0],
  ] as const)('reads %s (%s) as %s', (text, language, value) => {
    expect(parseMeasurementValue(text, language)).toBe(value);
  });

  it.each(['', ' ', 'n/a', '12abc', '1.2.3', '1,23,4', '--4', '1.234,5,6', '%'])('refuses %j', (text) => {
    expect(parseMeasurementValue(text, 'en')).toBeNull();
  });
});

describe('parsePeriodInput', () => {
  it('reads the ways people write months, quarters and weeks', () => {
    expect(parsePeriodInput('2026-09', 'month')).toEqual({ ok: true, period: '2026-09' });
    expect(parsePeriodInput('09/2026', 'month')).toEqual({ ok: true, period: '2026-09' });
    expect(parsePeriodInput('2026/9', 'month')).toEqual({ ok: true, period: '2026-09' });
    expect(parsePeriodInput('Q3 2026', 'quarter')).toEqual({ ok: true, period: '2026-Q3' });
    expect(parsePeriodInput('t3 2026', 'quarter')).toEqual({ ok: true, period: '2026-Q3' });
    expect(parsePeriodInput('2026 Q3', 'quarter')).toEqual({ ok: true, period: '2026-Q3' });
    expect(parsePeriodInput('2026-w38', 'week')).toEqual({ ok: true, period: '2026-W38' });
    expect(parsePeriodInput('S38 2026', 'week')).toEqual({ ok: true, period: '2026-W38' });
  });

  it('puts a date in the period of the KPI', () => {
    expect(parsePeriodInput('2026-09-17', 'month')).toEqual({ ok: true, period: '2026-09' });
    expect(parsePeriodInput('17/09/2026', 'quarter')).toEqual({ ok: true, period: '2026-Q3' });
    expect(parsePeriodInput('17.09.2026', 'week')).toEqual({ ok: true, period: '2026-W38' });
  });

  it('tells a period of another kind from something that is no period at all', () => {
    expect(parsePeriodInput('2026-Q3', 'month')).toEqual({ ok: false, code: 'wrongPeriodKind' });
    expect(parsePeriodInput('2026-09', 'week')).toEqual({ ok: false, code: 'wrongPeriodKind' });
    expect(parsePeriodInput('2026-13', 'month')).toEqual({ ok: false, code: 'badPeriod' });
    expect(parsePeriodInput('2025-W53', 'week')).toEqual({ ok: false, code: 'badPeriod' });
    expect(parsePeriodInput('Q5 2026', 'quarter')).toEqual({ ok: false, code: 'badPeriod' });
    expect(parsePeriodInput('2026-02-30', 'month')).toEqual({ ok: false, code: 'badPeriod' });
    expect(parsePeriodInput('September', 'month')).toEqual({ ok: false, code: 'badPeriod' });
    expect(parsePeriodInput('', 'month')).toEqual({ ok: false, code: 'badPeriod' });
  });
});

function fixture() {
  const winRate = createKpi(WORKSHOP, { name: 'Win rate', frequency: 'monthly', order: 0 });
  const visits = createKpi(WORKSHOP, { name: 'Visits made', frequency: 'monthly', order: 1 });
  const newCustomers = createKpi(WORKSHOP, { name: 'New customers', frequency: 'quarterly', order: 2 });
  const stored = createMeasurement(WORKSHOP, { kpiId: winRate.id, period: '2026-09', value: 22, note: 'Summer' });
  const same = createMeasurement(WORKSHOP, { kpiId: winRate.id, period: '2026-10', value: 23 });
  const kpis = [winRate, visits, newCustomers];
  const context = (target: MeasurementImportContext['target'], language = 'en'): MeasurementImportContext => ({ kpis, measurements: [stored, same], target, language });
  return { winRate, visits, newCustomers, stored, same, context };
}

describe('planMeasurementImport: two columns for one KPI', () => {
  it('skips the header, adds new values, replaces changed ones and counts unchanged ones', () => {
    const { winRate, stored, context } = fixture();
    const result = planMeasurementImport('Month\tWin rate\n2026-09\t24\n2026-10\t23\n2026-11\t25,5\tBest month', context({ kind: 'oneKpi', kpiId: winRate.id }));
    if (!result.ok) throw new Error('refused');
    expect(result.plan.layout).toBe('pairs');
    expect(result.plan.additions).toEqual([{ line: 4, kpiId: winRate.id, period: '2026-11', value: 25.5, note: 'Best month', existing: null }]);
    expect(result.plan.replacements.map((entry) => [entry.period, entry.value, entry.existing?.id])).toEqual([['2026-09', 24, stored.id]]);
    expect(result.plan.replacements[0]?.note).toBeNull();
    expect(result.plan.unchanged).toBe(1);
    expect(result.plan.rejected).toEqual([]);
  });

  it('reports every bad row with its line and all its reasons, and plans only the good rows', () => {
    const { winRate, context } = fixture();
    const text = ['2026-11;25', '2026-13;26', '2026-Q4;x', '2026-12;', ';27', '2026-11;30'].join('\n');
    const result = planMeasurementImport(text, context({ kind: 'oneKpi', kpiId: winRate.id }, 'es'));
    if (!result.ok) throw new Error('refused');
    expect(result.plan.additions.map((entry) => entry.period)).toEqual(['2026-11']);
    expect(result.plan.rejected).toEqual([
      { line: 2, label: '2026-13', problems: [{ code: 'badPeriod', value: '2026-13' }] },
      { line: 3, label: '2026-Q4', problems: [{ code: 'wrongPeriodKind', value: '2026-Q4' }, { code: 'badValue', value: 'x', period: undefined }] },
      { line: 4, label: '2026-12', problems: [{ code: 'missingValue', value: '', period: '2026-12' }] },
      { line: 5, label: '', problems: [{ code: 'missingPeriod', value: '' }] },
      { line: 6, label: '2026-11', problems: [{ code: 'duplicate', value: '2026-11', period: '2026-11' }] },
    ]);
  });

  it('refuses a KPI that is no longer there', () => {
    const { context } = fixture();
    expect(planMeasurementImport('2026-09\t1', context({ kind: 'oneKpi', kpiId: 'gone' }))).toEqual({ ok: false, refusal: { reason: 'unknownTarget' } });
  });
});

describe('planMeasurementImport: a table naming the KPIs', () => {
  it('reads KPIs in rows and periods across, matching names without case or accents', () => {
    const { winRate, visits, newCustomers, context } = fixture();
    const text = 'KPI\t2026-10\t2026-11\n win RATE \t23\t26\nVisits made\t\t71\nNew customers\t\t\n';
    const result = planMeasurementImport(text, context({ kind: 'namedKpis' }));
    if (!result.ok) throw new Error('refused');
    expect(result.plan.layout).toBe('kpiRows');
    expect(result.plan.additions.map((entry) => [entry.kpiId, entry.period, entry.value])).toEqual([
      [winRate.id, '2026-11', 26],
      [visits.id, '2026-11', 71],
    ]);
    expect(result.plan.unchanged).toBe(1);
    expect(result.plan.rejected).toEqual([]);
    expect(result.plan.additions.some((entry) => entry.kpiId === newCustomers.id)).toBe(false);
  });

  it('refuses a whole row for one bad cell, an unknown KPI or a period of the wrong kind', () => {
    const { visits, context } = fixture();
    const text = 'KPI,2026-10,2026-11\nVisits made,70,71\nWin rate,23,abc\nLost quotes,1,2\nNew customers,3,4';
    const result = planMeasurementImport(text, context({ kind: 'namedKpis' }));
    if (!result.ok) throw new Error('refused');
    expect(result.plan.additions.map((entry) => [entry.kpiId, entry.period])).toEqual([
      [visits.id, '2026-10'],
      [visits.id, '2026-11'],
    ]);
    expect(result.plan.rejected.map((row) => [row.line, row.label, row.problems.map((problem) => problem.code)])).toEqual([
      [3, 'Win rate', ['badValue']],
      [4, 'Lost quotes', ['unknownKpi']],
      [5, 'New customers', ['wrongPeriodKind', 'wrongPeriodKind']],
    ]);
    expect(result.plan.rejected[0]?.problems[0]).toEqual({ code: 'badValue', value: 'abc', period: '2026-11' });
  });

  it('reads KPIs across and periods down, leaving out columns that name no KPI', () => {
    const { winRate, newCustomers, context } = fixture();
    const text = 'Period\tWin rate\tComments\tNew customers\n2026-11\t26\tgood\t\n2026-Q4\t\t\t3';
    const result = planMeasurementImport(text, context({ kind: 'namedKpis' }));
    if (!result.ok) throw new Error('refused');
    expect(result.plan.layout).toBe('kpiColumns');
    expect(result.plan.ignoredColumns).toEqual(['Comments']);
    // Each row gives a value only to the KPIs whose period kind it matches: a month, then a quarter.
    expect(result.plan.additions.map((entry) => [entry.kpiId, entry.period, entry.value])).toEqual([
      [winRate.id, '2026-11', 26],
      [newCustomers.id, '2026-Q4', 3],
    ]);
    expect(result.plan.rejected).toEqual([]);
  });

  it('refuses a table whose first row names neither periods nor KPIs', () => {
    const { context } = fixture();
    expect(planMeasurementImport('2026-09\t22\n2026-10\t23', context({ kind: 'namedKpis' }))).toEqual({ ok: false, refusal: { reason: 'noTableHeader' } });
    expect(planMeasurementImport('KPI\t2026-09', context({ kind: 'namedKpis' }))).toEqual({ ok: false, refusal: { reason: 'noRows' } });
  });

  it('reports two KPIs with the same name instead of guessing', () => {
    const { context, winRate } = fixture();
    const base = context({ kind: 'namedKpis' });
    const twin = { ...winRate, id: '00000000-0000-4000-8000-0000000000aa' };
    const result = planMeasurementImport('KPI\t2026-11\nWin rate\t1', { ...base, kpis: [...base.kpis, twin] });
    expect(result.ok && result.plan.rejected[0]?.problems[0]?.code).toBe('ambiguousKpi');
  });
});

describe('planMeasurementImport: whole-text refusals', () => {
  it('refuses empty text, an unclosed quote and a paste that is far too big', () => {
    const { context, winRate } = fixture();
    const target = context({ kind: 'oneKpi', kpiId: winRate.id });
    expect(planMeasurementImport('  \n\t\n', target)).toEqual({ ok: false, refusal: { reason: 'empty' } });
    expect(planMeasurementImport('2026-09\t"22', target)).toEqual({ ok: false, refusal: { reason: 'unclosedQuote', line: 1 } });
    const huge = planMeasurementImport('x'.repeat(6 * 1024 * 1024), target);
    expect(huge.ok ? null : huge.refusal.reason).toBe('tooLarge');
  });
});
