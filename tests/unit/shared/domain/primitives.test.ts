import { describe, expect, it } from 'vitest';
import {
  addDaysToIsoDate,
  clockTime,
  colour,
  currencyCode,
  finiteNumber,
  id,
  isoDate,
  isoDateTime,
  language,
  links,
  LONG_TEXT_MAX,
  longText,
  MAX_LINKS,
  money,
  optionalEmail,
  rating,
  SHORT_TEXT_MAX,
  shortText,
  todayIsoDate,
  withDefaults,
} from '../../../../shared/domain';

describe('isoDate', () => {
  it('accepts real calendar dates, leap days included', () => {
    expect(isoDate.safeParse('2026-03-10').success).toBe(true);
    expect(isoDate.safeParse('2024-02-29').success).toBe(true);
  });

  it.each(['2026-02-30', '2025-02-29', '2026-13-01', '2026-04-31', '2026-3-1', '10/03/2026', '2026-03-10T00:00:00Z', ''])(
    'rejects %s',
    (value) => {
      expect(isoDate.safeParse(value).success).toBe(false);
    },
  );
});

describe('isoDateTime', () => {
  it('accepts what Date.toISOString produces and rejects a bare date', () => {
    expect(isoDateTime.safeParse(new Date('2026-03-10T08:15:00Z').toISOString()).success).toBe(true);
    expect(isoDateTime.safeParse('2026-03-10').success).toBe(false);
    expect(isoDateTime.safeParse('yesterday').success).toBe(false);
  });
});

describe('numbers', () => {
  it('rejects NaN and infinities everywhere a number is stored', () => {
    for (const schema of [finiteNumber, money, rating(1, 5)]) {
      expect(schema.safeParse(Number.NaN).success).toBe(false);
      expect(schema.safeParse(Number.POSITIVE_INFINITY).success).toBe(false);
      expect(schema.safeParse(Number.NEGATIVE_INFINITY).success).toBe(false);
    }
  });

  it('keeps money in whole minor units within the safe integer range', () => {
    expect(money.safeParse(123_45).success).toBe(true);
    expect(money.safeParse(-500).success).toBe(true);
    expect(money.safeParse(12.5).success).toBe(false);
    expect(money.safeParse(Number.MAX_SAFE_INTEGER + 2).success).toBe(false);
    expect(money.safeParse('100').success).toBe(false);
  });

  it('bounds ratings and requires whole steps', () => {
    const impact = rating(1, 5);
    expect(impact.safeParse(1).success).toBe(true);
    expect(impact.safeParse(5).success).toBe(true);
    expect(impact.safeParse(0).success).toBe(false);
    expect(impact.safeParse(6).success).toBe(false);
    expect(impact.safeParse(2.5).success).toBe(false);
  });
});

describe('text', () => {
  it('caps short and long text', () => {
    expect(shortText.safeParse('x'.repeat(SHORT_TEXT_MAX)).success).toBe(true);
    expect(shortText.safeParse('x'.repeat(SHORT_TEXT_MAX + 1)).success).toBe(false);
    expect(longText.safeParse('x'.repeat(LONG_TEXT_MAX)).success).toBe(true);
    expect(longText.safeParse('x'.repeat(LONG_TEXT_MAX + 1)).success).toBe(false);
  });

  it('keeps HTML as plain data', () => {
    expect(longText.parse('<script>alert(1)</script>')).toBe('<script>alert(1)</script>');
  });

  it('accepts an empty or plausible e-mail only', () => {
    expect(optionalEmail.safeParse('').success).toBe(true);
    expect(optionalEmail.safeParse('ana@example.com').success).toBe(true);
    expect(optionalEmail.safeParse('not an email').success).toBe(false);
  });
});

describe('codes and formats', () => {
  it('validates currency codes, languages, colours and clock times', () => {
    expect(currencyCode.safeParse('EUR').success).toBe(true);
    expect(currencyCode.safeParse('eur').success).toBe(false);
    expect(currencyCode.safeParse('EURO').success).toBe(false);
    expect(language.safeParse('es').success).toBe(true);
    expect(language.safeParse('fr').success).toBe(false);
    expect(colour.safeParse('#1a2B3c').success).toBe(true);
    expect(colour.safeParse('#fff').success).toBe(false);
    expect(colour.safeParse('red').success).toBe(false);
    expect(clockTime.safeParse('09:05').success).toBe(true);
    expect(clockTime.safeParse('24:00').success).toBe(false);
    expect(clockTime.safeParse('9:05').success).toBe(false);
  });
});

describe('ids and links', () => {
  it('accepts generated UUIDs and rejects other strings', () => {
    expect(id.safeParse(crypto.randomUUID()).success).toBe(true);
    expect(id.safeParse('42').success).toBe(false);
    expect(id.safeParse('').success).toBe(false);
  });

  it('requires link lists to be unique and bounded', () => {
    const a = crypto.randomUUID();
    const b = crypto.randomUUID();
    expect(links.safeParse([a, b]).success).toBe(true);
    expect(links.safeParse([a, a]).success).toBe(false);
    expect(links.safeParse(Array.from({ length: MAX_LINKS + 1 }, () => crypto.randomUUID())).success).toBe(false);
  });
});

describe('date helpers', () => {
  it('formats today in the local calendar', () => {
    expect(todayIsoDate(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });

  it('adds days across month and year ends', () => {
    expect(addDaysToIsoDate('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDaysToIsoDate('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDaysToIsoDate('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDaysToIsoDate('2026-03-01', -1)).toBe('2026-02-28');
  });
});

describe('withDefaults', () => {
  it('ignores fields explicitly set to undefined', () => {
    const result = withDefaults({ name: 'default', size: 3 }, { name: undefined, size: 7 });
    expect(result).toEqual({ name: 'default', size: 7 });
  });
});
