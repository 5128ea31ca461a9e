import { currencyDecimals } from './money';

// Dates and amounts as spreadsheets write them: Spanish Excel writes `1.234,50` and DD/MM/YYYY,
// English Excel `1,234.50`; both are read.

/** YYYY-MM-DD or DD/MM/YYYY (also with `.` or `-`), to a plan date; null unless it is a real day. */
export function parseImportDate(text: string): string | null {
  const value = text.trim();
  let year: number;
  let month: number;
  let day: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const dayFirst = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(value);
  if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dayFirst) [day, month, year] = [Number(dayFirst[1]), Number(dayFirst[3]), Number(dayFirst[4])];
  else return null;
  if (year < 1000 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${String(year)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export type AmountResult = { ok: true; minorUnits: number } | { ok: false };

/**
 * An amount in either decimal convention, to minor units of the currency. With both `.` and `,` the
 * last one is the decimal mark; a lone mark followed by exactly three digits groups thousands
 * (1.234 and 1,234 are both 1234); more decimals than the currency has are rounded half away from zero.
 * Currency signs and codes, spaces and a leading minus or accounting parentheses are understood.
 */
export function parseImportAmount(text: string, currency: string): AmountResult {
  const { decimals, currencyMarks } = currencyRulesFor(currency);
  let value = text.trim().replace(/[\s\u00a0\u202f']/g, '');
  let negative = false;
  if (/^\(.*\)$/.test(value)) {
    negative = true;
    value = value.slice(1, -1);
  }
  // The sign may come before or after the currency: -€5 and €-5.
  value = value.replace(currencyMarks, '');
  if (/^[-\u2212]/.test(value)) {
    if (negative) return { ok: false };
    negative = true;
    value = value.slice(1).replace(currencyMarks, '');
  }
  if (!/^[\d.,]+$/.test(value) || !/\d/.test(value)) return { ok: false };

  const decimalMark = findDecimalMark(value);
  const split = decimalMark === null ? -1 : value.lastIndexOf(decimalMark);
  const integerText = split === -1 ? value : value.slice(0, split);
  const fractionText = split === -1 ? '' : value.slice(split + 1);
  if (/[.,]/.test(fractionText)) return { ok: false };
  // Group marks only between groups of three digits: "1.23.4" is a typo, not a number.
  const groupPattern = decimalMark === ',' ? '\\.' : decimalMark === '.' ? ',' : '[.,]';
  if (/[.,]/.test(integerText) && !new RegExp(`^\\d{1,3}(${groupPattern}\\d{3})*$`).test(integerText)) return { ok: false };

  const whole = Number(integerText.replace(/[.,]/g, '') || '0');
  const kept = Number(fractionText.slice(0, decimals).padEnd(decimals, '0') || '0');
  const roundUp = Number(fractionText.charAt(decimals) || '0') >= 5 ? 1 : 0;
  const minorUnits = whole * 10 ** decimals + kept + roundUp;
  if (!Number.isSafeInteger(minorUnits)) return { ok: false };
  return { ok: true, minorUnits: negative ? -minorUnits : minorUnits };
}

interface CurrencyRules {
  decimals: number;
  currencyMarks: RegExp;
}

// Asking Intl for a currency's decimals costs more than reading a whole row: ask once per currency.
const currencyRulesCache = new Map<string, CurrencyRules>();

function currencyRulesFor(currency: string): CurrencyRules {
  const cached = currencyRulesCache.get(currency);
  if (cached) return cached;
  // Signs come from a cell's number format and are dropped; a written code must be the workshop's own
  // ("12 USD" in a euro workshop is not 12 euros).
  const code = /^[A-Z]{3}$/.test(currency) ? currency : 'XXX';
  const rules = { decimals: currencyDecimals(currency), currencyMarks: new RegExp(`^(${code}|[€$£¥])|(${code}|[€$£¥])$`, 'gi') };
  currencyRulesCache.set(currency, rules);
  return rules;
}

/**
 * With both marks the last one is the decimal mark; a lone mark is one too unless exactly three
 * digits follow it (1.234 and 1,234 group thousands); a mark that repeats always groups.
 */
function findDecimalMark(value: string): '.' | ',' | null {
  const lastDot = value.lastIndexOf('.');
  const lastComma = value.lastIndexOf(',');
  if (lastDot !== -1 && lastComma !== -1) return lastDot > lastComma ? '.' : ',';
  if (lastDot === -1 && lastComma === -1) return null;
  const mark = lastDot !== -1 ? '.' : ',';
  const single = value.indexOf(mark) === value.lastIndexOf(mark);
  const digitsAfter = value.length - value.lastIndexOf(mark) - 1;
  return single && digitsAfter !== 3 ? mark : null;
}
