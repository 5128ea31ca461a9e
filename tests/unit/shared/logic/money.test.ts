import { describe, expect, it } from 'vitest';
import { currencyDecimals, formatMoney, parseMoneyInput } from '../../../../shared/logic/money';

describe('money', () => {
  it('knows currencies without minor units', () => {
    expect(currencyDecimals('EUR')).toBe(2);
    expect(currencyDecimals('JPY')).toBe(0);
    expect(currencyDecimals('XXINVALID')).toBe(2);
  });

  it('formats minor units with the euro sign', () => {
    expect(formatMoney(123456, 'EUR', 'es-ES')).toMatch(/1\.?234,56\s€/);
    expect(formatMoney(-500, 'USD', 'en-US')).toBe('-$5.00');
    expect(formatMoney(0, 'EUR', 'en-GB')).toBe('€0.00');
  });

  it('parses both decimal conventions', () => {
    expect(parseMoneyInput('1.234,50', 'EUR')).toBe(123450);
    expect(parseMoneyInput('1,234.50', 'USD')).toBe(123450);
    expect(parseMoneyInput('1,234', 'USD')).toBe(123400);
    expect(parseMoneyInput('-12', 'EUR')).toBe(-1200);
    expect(parseMoneyInput('€ 3.5', 'EUR')).toBe(350);
    expect(parseMoneyInput('1000', 'JPY')).toBe(1000);
  });

  it('rejects what is not a number', () => {
    expect(parseMoneyInput('', 'EUR')).toBeNull();
    expect(parseMoneyInput('abc', 'EUR')).toBeNull();
    expect(parseMoneyInput('1-2', 'EUR')).toBeNull();
    expect(parseMoneyInput('9'.repeat(30), 'EUR')).toBeNull();
  });
});
