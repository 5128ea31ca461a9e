import type { TFunction } from 'i18next';
import type { MeasurementImportRefusal, MeasurementProblem } from '../../../../shared/logic/measurementImport';
import { formatBytes } from '../../../app/format';
import { formatKpiNumber, formatPeriodLabel } from '../format';

/** Why a whole paste was refused, in the user's words. */
export function describePasteRefusal(refusal: MeasurementImportRefusal, t: TFunction, language: string): string {
  switch (refusal.reason) {
    case 'tooLarge':
      return t('measurement.paste.refusal.tooLarge', { size: formatBytes(refusal.bytes, language), max: formatBytes(refusal.maxBytes, language) });
    case 'tooManyRows':
      return t('measurement.paste.refusal.tooManyRows', { rows: formatKpiNumber(refusal.rows, language), max: formatKpiNumber(refusal.maxRows, language) });
    case 'unclosedQuote':
      return t('measurement.paste.refusal.unclosedQuote', { line: refusal.line });
    case 'empty':
    case 'unknownTarget':
    case 'noTableHeader':
    case 'noRows':
      return t(`measurement.paste.refusal.${refusal.reason}`);
  }
}

/** One reason a row was left out: "Nov 2026: “abc” is not a number". */
export function describePasteProblem(problem: MeasurementProblem, t: TFunction, language: string): string {
  const key = problem.code === 'unknownKpi' && problem.value === '' ? 'missingKpi' : problem.code;
  const text = t(`measurement.paste.problem.${key}`, { value: problem.value });
  return problem.period && problem.code !== 'duplicate' ? `${formatPeriodLabel(problem.period, language, t)}: ${text}` : text;
}
