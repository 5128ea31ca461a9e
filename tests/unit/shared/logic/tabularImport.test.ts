import { describe, expect, it } from 'vitest';
import { lostDealSchema } from '../../../../shared/domain';
import {
  checkImportSize,
  detectSeparator,
  importLostDeals,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_ROWS,
  normalizeHeader,
  parseDelimited,
  parseImportAmount,
  parseImportDate,
} from '../../../../shared/logic/tabularImport';

const WORKSHOP = '8b0d1c55-2f7e-4c1a-9d3b-1f2e3d4c5b6a';

function imported(text: string, currency = 'EUR') {
  const result = importLostDeals(text, WORKSHOP, currency);
  if (!result.ok) throw new Error(`refused: ${result.refusal.reason}`);
  return result.table;
}

describe('parseDelimited', () => {
  it('reads quoted cells holding separators, doubled quotes and line breaks', () => {
    const { rows, unclosedQuoteLine } = parseDelimited('a,"b, c","say ""hi""","two\nlines"\nx,y,z,w', ',');
    expect(unclosedQuoteLine).toBeNull();
    expect(rows).toEqual([
      { line: 1, cells: ['a', 'b, c', 'say "hi"', 'two\nlines'] },
      { line: 3, cells: ['x', 'y', 'z', 'w'] },
    ]);
  });

  it('keeps empty cells and a quote inside an unquoted cell as text', () => {
    expect(parseDelimited('a;;c\n5" pipe;;', ';').rows).toEqual([
      { line: 1, cells: ['a', '', 'c'] },
      { line: 2, cells: ['5" pipe', '', ''] },
    ]);
  });

  it('reports the line where a quote is never closed', () => {
    expect(parseDelimited('a,b\n"open,c\nd', ',').unclosedQuoteLine).toBe(2);
  });

  it('returns nothing for empty text', () => {
    expect(parseDelimited('', ',').rows).toEqual([]);
  });
});

describe('detectSeparator', () => {
  it('prefers tabs, as a copy from a spreadsheet gives', () => {
    expect(detectSeparator('Customer\tValue, EUR\tDate')).toBe('\t');
  });

  it('picks the separator the header uses most, ignoring quoted text', () => {
    expect(detectSeparator('Cliente;Valor;Fecha')).toBe(';');
    expect(detectSeparator('Customer,Value,Date')).toBe(',');
    expect(detectSeparator('"Customer; name",Value,Date')).toBe(',');
    expect(detectSeparator('\n\nCliente;"Valor, EUR";Fecha')).toBe(';');
  });

  it('falls back to commas for a single column', () => {
    expect(detectSeparator('Customer')).toBe(',');
  });
});

describe('parseImportDate', () => {
  it('reads ISO and day-first dates', () => {
    expect(parseImportDate('2026-02-28')).toBe('2026-02-28');
    expect(parseImportDate('07/03/2026')).toBe('2026-03-07');
    expect(parseImportDate('7.3.2026')).toBe('2026-03-07');
    expect(parseImportDate(' 29-02-2028 ')).toBe('2028-02-29');
  });

  it('refuses days that do not exist and other formats', () => {
    expect(parseImportDate('2026-02-30')).toBeNull();
    expect(parseImportDate('29/02/2026')).toBeNull();
    expect(parseImportDate('31/04/2026')).toBeNull();
    expect(parseImportDate('03/13/2026')).toBeNull();
    expect(parseImportDate('2026-13-01')).toBeNull();
    expect(parseImportDate('2026-00-10')).toBeNull();
    expect(parseImportDate('1/2/26')).toBeNull();
    expect(parseImportDate('07/03-2026')).toBeNull();
    expect(parseImportDate('yesterday')).toBeNull();
    expect(parseImportDate('')).toBeNull();
  });
});

describe('parseImportAmount', () => {
  const amount = (text: string, currency = 'EUR') => {
    const result = parseImportAmount(text, currency);
    return result.ok ? result.minorUnits : null;
  };

  it('reads both decimal conventions', () => {
    expect(amount('1.234,50')).toBe(123_450);
    expect(amount('1,234.50')).toBe(123_450);
    expect(amount('1234,5')).toBe(123_450);
    expect(amount('1234.5')).toBe(123_450);
    expect(amount('2.100.000')).toBe(210_000_000);
    expect(amount('2,100,000')).toBe(210_000_000);
    expect(amount('1 234 567,89')).toBe(123_456_789);
  });

  it('reads a lone mark before three digits as thousands', () => {
    expect(amount('1.234')).toBe(123_400);
    expect(amount('1,234')).toBe(123_400);
  });

  it('understands currency signs, the workshop currency code and zero', () => {
    expect(amount('€ 145.000')).toBe(14_500_000);
    expect(amount('145.000 €')).toBe(14_500_000);
    expect(amount('EUR 92,000.00')).toBe(9_200_000);
    expect(amount('0')).toBe(0);
    expect(amount('12 USD')).toBeNull();
  });

  it('rounds extra decimals half away from zero into minor units', () => {
    expect(amount('10.005')).toBe(1_000_500);
    expect(amount('10.0051')).toBe(1_001);
    expect(amount('10.0049')).toBe(1_000);
    expect(amount('0.995')).toBe(99_500);
    expect(amount('0,9951')).toBe(100);
    expect(amount('-0,9951')).toBe(-100);
  });

  it('uses the currency’s own number of decimals', () => {
    expect(amount('1.234', 'JPY')).toBe(1_234);
    expect(amount('1234,6', 'JPY')).toBe(1_235);
  });

  it('reads negative amounts, with a minus or in accounting parentheses', () => {
    expect(amount('-1.500,00')).toBe(-150_000);
    expect(amount('(1,500.00)')).toBe(-150_000);
    expect(amount('\u22125')).toBe(-500);
    expect(amount('€-5')).toBe(-500);
    expect(amount('-€5')).toBe(-500);
    expect(amount('-5 EUR')).toBe(-500);
  });

  it('refuses malformed amounts', () => {
    for (const text of ['', 'abc', '12abc', '1.23.4', '1,2,3', '1.234.56,7,8', '1e5', '--5', '(-5)', '5-', '€', '.', '9'.repeat(20)]) {
      expect(amount(text), text).toBeNull();
    }
  });
});

describe('normalizeHeader', () => {
  it('ignores case, accents, units in brackets and punctuation', () => {
    expect(normalizeHeader(' Valor (EUR) ')).toBe('valor');
    expect(normalizeHeader('PAÍS')).toBe('pais');
    expect(normalizeHeader('Fecha de pérdida')).toBe('fecha de perdida');
    expect(normalizeHeader('Lost-to')).toBe('lost to');
  });
});

describe('checkImportSize', () => {
  it('refuses a huge paste before reading it', () => {
    expect(checkImportSize('x'.repeat(MAX_IMPORT_BYTES + 1))).toMatchObject({ reason: 'tooLarge' });
    // 3-byte characters: under the limit in characters, over it in bytes.
    expect(checkImportSize('€'.repeat(Math.ceil(MAX_IMPORT_BYTES / 3) + 1))).toMatchObject({ reason: 'tooLarge' });
    expect(checkImportSize('a,1,2026-01-01\n'.repeat(100_000))).toMatchObject({ reason: 'tooManyRows', maxRows: MAX_IMPORT_ROWS });
    expect(checkImportSize('a,1,2026-01-01\r'.repeat(100_000))).toMatchObject({ reason: 'tooManyRows', rows: 100_000 });
    expect(checkImportSize('a,1,2026-01-01\r\n'.repeat(100_000))).toMatchObject({ reason: 'tooManyRows', rows: 100_000 });
  });

  it('lets an ordinary log through', () => {
    expect(checkImportSize('Customer,Value,Date\n' + 'a,1,2026-01-01\n'.repeat(MAX_IMPORT_ROWS))).toBeNull();
  });
});

describe('importLostDeals', () => {
  it('maps English headers in any order and builds valid records', () => {
    const table = imported('Date,Customer,Competitor,Value,Reason,Market,Product\n2026-02-20,Carrocerías Almena S.L.,Zhenwei,"800.000,00",Price,Spain,Ball bearings\n');
    expect(table.separator).toBe(',');
    expect(table.rejected).toEqual([]);
    expect(table.valid).toHaveLength(1);
    const record = table.valid[0]?.record;
    expect(record).toMatchObject({
      workshopId: WORKSHOP,
      customer: 'Carrocerías Almena S.L.',
      competitor: 'Zhenwei',
      value: 80_000_000,
      date: '2026-02-20',
      reason: 'Price',
      market: 'Spain',
      product: 'Ball bearings',
    });
    expect(lostDealSchema.safeParse(record).success).toBe(true);
  });

  it('reads a Spanish Excel export: BOM, semicolons, CRLF, Spanish headers and numbers, blank lines', () => {
    const text = '\uFEFFCliente;País;Producto;Competidor;Motivo;Importe (€);Fecha\r\n\r\nVortmann GmbH;Alemania;Rodamientos;Zhenwei;"Precio; licitación";2.100.000,00;14/11/2025\r\n;;;;;;\r\nOroz S.L.;España;Retenes;Hallberg;"Plazo\r\nde entrega";230.000;03/06/2025\r\n';
    const table = imported(text);
    expect(table.separator).toBe(';');
    expect(table.rejected).toEqual([]);
    expect(table.valid.map((row) => row.line)).toEqual([3, 5]);
    expect(table.valid.map((row) => row.record.reason)).toEqual(['Precio; licitación', 'Plazo\nde entrega']);
    expect(table.valid.map((row) => row.record.value)).toEqual([210_000_000, 23_000_000]);
    expect(table.valid.map((row) => row.record.date)).toEqual(['2025-11-14', '2025-06-03']);
  });

  it('reads tab-separated rows and lists the columns it leaves out', () => {
    const table = imported('Customer\tValue\tDate\tNotes\nKessler AG\t260000\t2025-09-02\tcall back\n');
    expect(table.separator).toBe('\t');
    expect(table.mapping.ignored).toEqual(['Notes']);
    expect(table.valid[0]?.record).toMatchObject({ customer: 'Kessler AG', value: 26_000_000, market: '', competitor: '' });
  });

  it('refuses bad rows one by one, each with every reason, and keeps the good ones', () => {
    const table = imported(
      [
        'Customer,Value,Date',
        'Good One,"1,000.00",2026-01-10',
        'Bad Date,500,2026-02-30',
        'Negative,-500,2026-01-10',
        ',abc,31/31/2026',
        'Good Two,750,15/01/2026',
      ].join('\n'),
    );
    expect(table.valid.map((row) => [row.line, row.record.customer])).toEqual([
      [2, 'Good One'],
      [6, 'Good Two'],
    ]);
    expect(table.rejected.map((row) => ({ line: row.line, problems: row.problems.map((problem) => `${problem.field}:${problem.code}:${problem.value}`) }))).toEqual([
      { line: 3, problems: ['date:badDate:2026-02-30'] },
      { line: 4, problems: ['value:negativeAmount:-500'] },
      { line: 5, problems: ['customer:missing:', 'value:badAmount:abc', 'date:badDate:31/31/2026'] },
    ]);
  });

  it('refuses text the domain schema refuses, naming the field', () => {
    const table = imported(`Customer,Value,Date\n${'x'.repeat(201)},1,2026-01-01\n`);
    expect(table.valid).toEqual([]);
    expect(table.rejected[0]?.problems).toEqual([{ field: 'customer', code: 'tooLong', value: `${'x'.repeat(60)}…` }]);
  });

  it('refuses the whole text when it cannot be read as a lost-deal table', () => {
    const refusal = (text: string) => {
      const result = importLostDeals(text, WORKSHOP, 'EUR');
      return result.ok ? null : result.refusal;
    };
    expect(refusal('')).toEqual({ reason: 'empty' });
    expect(refusal(' \n\n \n')).toEqual({ reason: 'empty' });
    expect(refusal('\uFEFF')).toEqual({ reason: 'empty' });
    expect(refusal('Alpha,Beta\n1,2')).toEqual({ reason: 'noHeader' });
    expect(refusal('Customer,Market\nA,B')).toEqual({ reason: 'missingColumns', fields: ['value', 'date'] });
    expect(refusal('Customer,Value,Date\n')).toEqual({ reason: 'noRows' });
    expect(refusal('Customer,Value,Date\n"A,1,2026-01-01\n')).toEqual({ reason: 'unclosedQuote', line: 2 });
    expect(refusal('Customer,Value,Date\n' + 'a,1,2026-01-01\n'.repeat(100_000))).toMatchObject({ reason: 'tooManyRows' });
  });

  it('gives every imported row its own id', () => {
    const table = imported('Customer,Value,Date\nA,1,2026-01-01\nA,1,2026-01-01\n');
    const [first, second] = table.valid;
    expect(first?.record.id).not.toBe(second?.record.id);
  });
});
