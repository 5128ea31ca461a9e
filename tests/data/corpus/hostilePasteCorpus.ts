import { MEGABYTE } from '../../../shared/ipc/textSize';
import { kpiPasteCases, type KpiNames } from './kpiPasteCases';
import { lostDealPasteCases } from './lostDealPasteCases';
import type { HostilePaste } from './pasteCorpusTypes';
import { createSeededRandom } from './seededRandom';

export interface HostilePasteCorpus {
  seed: number;
  pastes: HostilePaste[];
}

const HUNDRED_THOUSAND = 100_000;

function rowsOf(count: number, row: (index: number) => string, lineEnd: string): string {
  const lines: string[] = [];
  for (let index = 0; index < count; index += 1) lines.push(row(index));
  return lines.join(lineEnd);
}

/** The big ones: 100,000 rows, 5 MB cells, headers of a million cells, a million brackets. */
function hugePastes(names: KpiNames): HostilePaste[] {
  const huge = (name: string, aimedAt: HostilePaste['aimedAt'], text: string): HostilePaste => ({ name: `huge/${name}`, category: 'huge', aimedAt, text });
  const deal = (index: number) => `Customer ${index},${index},2026-01-01`;
  const longReason = 'r'.repeat(1000);
  return [
    huge('100k-rows-lf', 'lostDeals', `Customer,Value,Date\n${rowsOf(HUNDRED_THOUSAND, deal, '\n')}`),
    huge('100k-rows-crlf', 'lostDeals', `Customer,Value,Date\r\n${rowsOf(HUNDRED_THOUSAND, deal, '\r\n')}`),
    huge('100k-rows-cr', 'lostDeals', `Customer,Value,Date\r${rowsOf(HUNDRED_THOUSAND, deal, '\r')}`),
    huge('100k-kpi-values', 'kpiValues', rowsOf(HUNDRED_THOUSAND, (index) => `2026-${String((index % 12) + 1).padStart(2, '0')}\t${index}`, '\n')),
    huge('100k-line-breaks-in-one-cell', 'lostDeals', `Customer,Value,Date\n"${'x\n'.repeat(HUNDRED_THOUSAND)}",5,2026-01-01`),
    huge('5000-rows-of-1kb', 'lostDeals', `Customer,Reason,Value,Date\n${rowsOf(5000, (index) => `C${index},${longReason},${index},2026-01-01`, '\n')}`),
    huge('5000-kpi-rows-with-1kb-notes', 'kpiValues', rowsOf(5000, (index) => `2026-W${String((index % 52) + 1).padStart(2, '0')}\t${index}\t${longReason}`, '\n')),
    huge('5mb-cell-under-limit', 'lostDeals', `Customer,Reason,Value,Date\nAcme,${'x'.repeat(5 * MEGABYTE - 100)},5,2026-01-01`),
    huge('5mb-quoted-cell-with-separators', 'lostDeals', `Customer,Reason,Value,Date\nAcme,"${'a,b;c\t"" '.repeat(Math.floor((5 * MEGABYTE - 100) / 10))}",5,2026-01-01`),
    huge('5mb-cell-over-limit', 'lostDeals', `Customer,Reason,Value,Date\nAcme,${'x'.repeat(5 * MEGABYTE)},5,2026-01-01`),
    huge('5mb-of-two-byte-characters', 'lostDeals', `Customer,Reason,Value,Date\nAcme,${'ñ'.repeat(Math.floor(2.6 * MEGABYTE))},5,2026-01-01`),
    huge('5mb-kpi-note', 'kpiValues', `2026-09\t5\t${'n'.repeat(5 * MEGABYTE - 100)}`),
    huge('header-of-1m-empty-cells', 'lostDeals', `Customer,Value,Date${','.repeat(1_000_000)}\nAcme,5,2026-01-01`),
    huge('header-of-1m-named-cells', 'lostDeals', `Customer,Value,Date${',x'.repeat(1_000_000)}\nAcme,5,2026-01-01`),
    huge('header-cell-of-4m-open-brackets', 'lostDeals', `Customer,Value,Date,${'('.repeat(4 * MEGABYTE)}\nAcme,5,2026-01-01`),
    huge('kpi-header-cell-of-4m-open-brackets', 'kpiValues', `Period\t${names.monthly}\t${'[('.repeat(2 * MEGABYTE)}\n2026-09\t5\t6`),
    huge('kpi-name-of-4m-open-brackets', 'kpiValues', `KPI\t2026-09\n${'('.repeat(4 * MEGABYTE)}\t5`),
    huge('1m-cells-in-one-row', 'lostDeals', `Customer,Value,Date\nAcme,5,2026-01-01${',5'.repeat(1_000_000)}`),
  ];
}

/** Every hostile paste; the same seed and names always give the same pastes, in the same order. */
export function generateHostilePastes(seed: number, names: KpiNames): HostilePasteCorpus {
  const random = createSeededRandom(seed);
  const pastes = [...lostDealPasteCases(random), ...kpiPasteCases(random, names), ...hugePastes(names)];
  return { seed, pastes };
}
