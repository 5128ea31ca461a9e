/**
 * Money is stored as integer minor units (cents) with the workshop's ISO 4217 currency code, so sums
 * never drift; these helpers convert at the edges, using the currency's own number of decimals.
 */
export function currencyDecimals(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

export function formatMoney(minorUnits: number, currency: string, locale: string): string {
  const decimals = currencyDecimals(currency);
  const major = minorUnits / 10 ** decimals;
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: decimals }).format(major);
  } catch {
    return `${major.toFixed(decimals)} ${currency}`;
  }
}

/** Parses what a person typed ("1.234,50", "1,234.50", "-12") into minor units; null when it is not a number. */
export function parseMoneyInput(text: string, currency: string): number | null {
  const cleaned = text.replace(/[\s\u00a0'€$£¥]/g, '').replace(/[A-Za-z]/g, '');
  if (!/^-?[\d.,]+$/.test(cleaned)) return null;
  const lastSeparator = Math.max(cleaned.lastIndexOf('.'), cleaned.lastIndexOf(','));
  const decimals = currencyDecimals(currency);
  let integerPart = cleaned;
  let fractionPart = '';
  // A separator followed by 1..decimals digits at the end is the decimal mark; anything else groups thousands.
  if (lastSeparator >= 0) {
    const tail = cleaned.slice(lastSeparator + 1);
    if (tail.length > 0 && tail.length <= decimals && decimals > 0) {
      integerPart = cleaned.slice(0, lastSeparator);
      fractionPart = tail;
    }
  }
  const negative = integerPart.startsWith('-');
  const digits = integerPart.replace(/[-.,]/g, '');
  if (digits === '' && fractionPart === '') return null;
  const minor = Number(digits || '0') * 10 ** decimals + Number(fractionPart.padEnd(decimals, '0') || '0');
  if (!Number.isSafeInteger(minor)) return null;
  return negative ? -minor : minor;
}

export const COMMON_CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'HUF', 'MXN', 'COP', 'CLP', 'ARS', 'BRL', 'PEN', 'JPY', 'CAD', 'AUD'] as const;
