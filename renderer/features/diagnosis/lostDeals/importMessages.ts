import type { TFunction } from 'i18next';
import type { CellProblem, ImportRefusal, LostDealImportField, Separator } from '../../../../shared/logic/tabularImport';
import { formatBytes } from '../../../app/format';
import { formatCount } from '../format';

/** Why a whole text was refused, in the user's words. */
export function describeRefusal(refusal: ImportRefusal, t: TFunction, language: string): string {
  switch (refusal.reason) {
    case 'tooLarge':
      return t('diagnosis.import.refusal.tooLarge', { size: formatBytes(refusal.bytes, language), max: formatBytes(refusal.maxBytes, language) });
    case 'tooManyRows':
      return t('diagnosis.import.refusal.tooManyRows', { rows: formatCount(refusal.rows, language), max: formatCount(refusal.maxRows, language) });
    case 'unclosedQuote':
      return t('diagnosis.import.refusal.unclosedQuote', { line: refusal.line });
    case 'missingColumns':
      return t('diagnosis.import.refusal.missingColumns', { columns: refusal.fields.map((field) => t(`diagnosis.import.columnNames.${field}`)).join(', ') });
    case 'empty':
    case 'noHeader':
    case 'noRows':
      return t(`diagnosis.import.refusal.${refusal.reason}`);
  }
}

/** One reason a row was refused: "Date “2026-02-30” is not a real day". */
export function describeProblem(problem: CellProblem<LostDealImportField>, t: TFunction): string {
  return t(`diagnosis.import.problem.${problem.code}`, { field: t(`diagnosis.import.columnNames.${problem.field}`), value: problem.value });
}

export function separatorName(separator: Separator, t: TFunction): string {
  return t(`diagnosis.import.separator.${separator === '\t' ? 'tab' : separator === ';' ? 'semicolon' : 'comma'}`);
}
