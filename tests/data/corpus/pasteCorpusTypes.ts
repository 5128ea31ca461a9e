import type { SeededRandom } from './seededRandom';

export type PasteCategory =
  | 'valid'
  | 'unbalanced-quotes'
  | 'embedded-newlines'
  | 'delimiter-mix'
  | 'formula'
  | 'markup'
  | 'odd-date'
  | 'odd-number'
  | 'bom'
  | 'line-endings'
  | 'nul-control'
  | 'invisible'
  | 'garbage'
  | 'emptyish'
  | 'huge'
  | 'kpi-period'
  | 'kpi-value'
  | 'kpi-table';

export interface HostilePaste {
  name: string;
  category: PasteCategory;
  /** The importer the paste was written for; the test feeds every paste to both. */
  aimedAt: 'lostDeals' | 'kpiValues';
  text: string;
}

export type Separator = ',' | ';' | '\t';

/** RFC 4180 writing: a cell with the separator, a quote or a line break is quoted, quotes doubled. */
export function writeTable(rows: readonly (readonly string[])[], separator: Separator, lineEnd = '\n', quoteAll = false): string {
  const cell = (text: string): string => (quoteAll || /["\r\n]/.test(text) || text.includes(separator) ? `"${text.replace(/"/g, '""')}"` : text);
  return rows.map((row) => row.map(cell).join(separator)).join(lineEnd);
}

/** Cells a spreadsheet would hold: text, amounts and dates as people type them, mostly valid. */
export const CUSTOMERS = ['Beta Foods', 'Acme Logística S.A.', 'Gamma, Inc.', 'Delta "Retail"', 'Épsilon SL', 'Zeta GmbH', '株式会社テスト'];
export const GOOD_AMOUNTS = ['4500', '4.500,00', '4,500.00', '€ 1.234,56', '1 234,5', '12 USD', '(300)', '0', '99.99', '1,5'];
export const GOOD_DATES = ['2025-11-20', '20/11/2025', '20.11.2025', '1-2-2026', '2026-2-28', '29/02/2024'];

export const LOST_DEAL_HEADERS: readonly (readonly string[])[] = [
  ['Customer', 'Market', 'Product', 'Competitor', 'Reason', 'Value', 'Date'],
  ['cliente', 'mercado', 'producto', 'competidor', 'motivo', 'importe', 'fecha'],
  ['Account', 'Country', 'Product line', 'Lost to', 'Loss reason', 'Deal value (EUR)', 'Date lost'],
  ['Nombre del cliente', 'País', 'Familia', 'Ganado por', 'Causa', 'Valor [EUR]', 'Fecha de pérdida'],
];

export function lostDealRow(random: SeededRandom): string[] {
  return [
    random.pick(CUSTOMERS),
    random.pick(['Spain', 'France', '', 'LATAM']),
    random.pick(['Pallets', 'Cold chain', '']),
    random.pick(['Gamma', 'Omega', '']),
    random.pick(['Price', 'Delivery time, twice late', 'Lost contact\nafter reorganisation', '']),
    random.pick(GOOD_AMOUNTS),
    random.pick(GOOD_DATES),
  ];
}

export function lostDealTable(random: SeededRandom, rowCount: number): string[][] {
  const rows = [[...random.pick(LOST_DEAL_HEADERS)]];
  for (let index = 0; index < rowCount; index += 1) rows.push(lostDealRow(random));
  return rows;
}

export const LOST_DEAL_VALUE_COLUMN = 5;
export const LOST_DEAL_DATE_COLUMN = 6;
export const LOST_DEAL_TEXT_COLUMNS = [0, 1, 2, 3, 4] as const;
