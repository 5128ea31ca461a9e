import { describe, expect, it } from 'vitest';
import { formatNumberForInput, parseNumberInput } from '../../../../shared/logic/numberInput';

describe('parseNumberInput', () => {
  it('reads English and Spanish notation', () => {
    expect(parseNumberInput('1,234.5', 'en')).toBe(1234.5);
    expect(parseNumberInput('1.234,5', 'es')).toBe(1234.5);
    expect(parseNumberInput('-12', 'es')).toBe(-12);
    expect(parseNumberInput(' 7 ', 'en')).toBe(7);
    expect(parseNumberInput('0,25', 'es')).toBe(0.25);
  });

  it('refuses what is not a finite number', () => {
    for (const text of ['', '-', 'abc', '1.2.3', '1e400', 'NaN', 'Infinity', '12%']) expect(parseNumberInput(text, 'en'), text).toBeNull();
    expect(parseNumberInput('1,2,3', 'es')).toBeNull();
  });

  it('formats for editing with the language decimal mark', () => {
    expect(formatNumberForInput(1234.5, 'es')).toBe('1234,5');
    expect(formatNumberForInput(1234.5, 'en')).toBe('1234.5');
    expect(formatNumberForInput(null, 'en')).toBe('');
  });
});
