import { HOSTILE_TEXTS } from './hostileStrings';
import { ODD_DATES, ODD_NUMBERS, FORMULAS } from './lostDealPasteCases';
import { writeTable, type HostilePaste, type PasteCategory, type Separator } from './pasteCorpusTypes';
import type { SeededRandom } from './seededRandom';

/** The KPI names the test workshop has, by the period kind of their frequency. */
export interface KpiNames {
  monthly: string;
  weekly: string;
  quarterly: string;
  /** Two KPIs share this name. */
  ambiguous: string;
}

const GOOD_PERIODS = ['2026-09', '09/2026', '2026/9', 'Q3 2026', 'T3 2026', '2026-Q3', '2026-W38', 'W38 2026', 'S38 2026', 'KW38 2026', '2026-09-15', '15/09/2026'];
const ODD_PERIODS = [
  '2026-13', '2026-00', '13/2026', 'Q5 2026', 'Q0 2026', '2026-Q0', 'W54 2026', '2026-W53', '2020-W53', 'W00 2026', 'Sept 2026', 'septiembre 2026',
  '2026', '26-09', '0999-01', '10000-01', '2026-9-31', '2026-02-30', 'Q3', '2026 Q3 Q4', '٢٠٢٦-٠٩', '2026\u200B-09', '2026-09\u0000', '=DATE(2026;9;1)',
  ...ODD_DATES.slice(0, 10),
];
const GOOD_VALUES = ['47.3', '47,3', '1,234.5', '1.234,5', '71 %', '-2.5', '+3', '0', '1 234 567'];

type CaseMaker = (random: SeededRandom, index: number) => string;

function many(category: PasteCategory, count: number, make: CaseMaker, random: SeededRandom): HostilePaste[] {
  return Array.from({ length: count }, (_, index) => ({ name: `${category}/kpi-${index}`, category, aimedAt: 'kpiValues' as const, text: make(random, index) }));
}

function separatorOf(random: SeededRandom): Separator {
  return random.pick([',', ';', '\t'] as const);
}

/** Period, value and note, with or without a header row, as copied from two or three columns. */
function pairs(random: SeededRandom, period: () => string, value: () => string, note: () => string = () => ''): string {
  const rows: string[][] = random.chance(0.5) ? [['Period', 'Value', 'Note']] : [];
  for (let count = random.between(1, 12); count > 0; count -= 1) rows.push([period(), value(), note()]);
  return writeTable(rows, separatorOf(random), random.pick(['\n', '\r\n', '\r']));
}

export function kpiPasteCases(random: SeededRandom, names: KpiNames): HostilePaste[] {
  const anyPeriod = (r: SeededRandom) => () => (r.chance(0.5) ? r.pick(GOOD_PERIODS) : r.pick(ODD_PERIODS));
  const anyValue = (r: SeededRandom) => () => (r.chance(0.5) ? r.pick(GOOD_VALUES) : r.pick(ODD_NUMBERS));
  const kpiName = (r: SeededRandom): string =>
    r.pick([names.monthly, names.weekly, names.quarterly, names.ambiguous, names.monthly.toUpperCase(), ` ${names.weekly} `, 'Unknown KPI', '', r.pick(HOSTILE_TEXTS), r.pick(FORMULAS)]);
  return [
    ...many('kpi-period', 150, (r, index) => pairs(r, () => (index % 3 === 0 ? r.pick(ODD_PERIODS) : anyPeriod(r)()), () => r.pick(GOOD_VALUES)), random),
    ...many('kpi-value', 120, (r, index) => pairs(r, () => r.pick(GOOD_PERIODS), () => (index % 3 === 0 ? (ODD_NUMBERS[index % ODD_NUMBERS.length] as string) : anyValue(r)()), () => r.pick(HOSTILE_TEXTS)), random),
    // KPIs in rows, periods across (with repeats and odd ones), or the other way round.
    ...many('kpi-table', 100, (r, index) => {
      const periods = Array.from({ length: r.between(1, 14) }, anyPeriod(r));
      if (index % 2 === 0) {
        const rows = [['KPI', ...periods]];
        for (let count = r.between(1, 6); count > 0; count -= 1) rows.push([kpiName(r), ...periods.map(anyValue(r))]);
        return writeTable(rows, separatorOf(r));
      }
      const kpis = Array.from({ length: r.between(1, 5) }, () => kpiName(r));
      const rows = [['Period', ...kpis]];
      for (const period of periods) rows.push([period, ...kpis.map(anyValue(r))]);
      return writeTable(rows, separatorOf(r));
    }, random),
  ];
}
