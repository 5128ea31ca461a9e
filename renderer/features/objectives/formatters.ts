import { localeFor } from '../../app/i18n';
import { currencyDecimals } from '../../../shared/logic/money';

/** How this screen writes figures: the workshop's language and currency, never the interface's. */
export interface FigureFormatters {
  /** Minor units as money; `signed` writes "+" on gains, for changes. */
  money(minorUnits: number, options?: { signed?: boolean }): string;
  /** A percentage given as a plain number (12.5 means 12.5 %); null is written as `missing`. */
  percent(value: number | null, options?: { signed?: boolean }): string;
}

/**
 * `showCents` is decided once per screen from the budget lines: when no line has cents, every figure
 * leaves them out (rounded half away from zero by Intl), so columns stay short and aligned.
 */
export function createFigureFormatters(language: string, currency: string, showCents: boolean, missing: string): FigureFormatters {
  const locale = localeFor(language);
  const decimals = showCents ? currencyDecimals(currency) : 0;
  const moneyFormat = (signDisplay: 'negative' | 'exceptZero') => {
    try {
      return new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: decimals, maximumFractionDigits: decimals, signDisplay });
    } catch {
      return new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals, signDisplay });
    }
  };
  const plainMoney = moneyFormat('negative');
  const signedMoney = moneyFormat('exceptZero');
  const percentFormat = (signDisplay: 'negative' | 'exceptZero') => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1, signDisplay });
  const plainPercent = percentFormat('negative');
  const signedPercent = percentFormat('exceptZero');
  const unit = 10 ** currencyDecimals(currency);
  return {
    money: (minorUnits, options) => (options?.signed ? signedMoney : plainMoney).format(minorUnits / unit),
    percent: (value, options) => (value === null ? missing : (options?.signed ? signedPercent : plainPercent).format(value / 100)),
  };
}
