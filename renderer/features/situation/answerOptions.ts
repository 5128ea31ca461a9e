import type { TFunction } from 'i18next';
import { ANSWER_RESPONSES, MATURITY_MAX, MATURITY_MIN, type AnswerResponse } from '../../../shared/domain';

export interface AnswerOption<V> {
  value: V;
  /** What is shown on the control. */
  label: string;
  /** The accessible name when the visible label is only a symbol. */
  spokenLabel?: string;
  /** A short explanation shown as a tooltip (the scale meaning of a rating). */
  hint?: string;
}

export const MATURITY_LEVELS: readonly number[] = Array.from({ length: MATURITY_MAX - MATURITY_MIN + 1 }, (_, index) => MATURITY_MIN + index);

export function responseOptions(t: TFunction): AnswerOption<AnswerResponse>[] {
  return ANSWER_RESPONSES.map((response) => ({ value: response, label: t(`situation.response.${response}`) }));
}

/**
 * "Not rated" then 0–4, so a rating given by mistake can be taken back; it comes first because an
 * answer without a rating starts there and the arrow keys then climb the scale.
 */
export function maturityOptions(t: TFunction, formatLevel: (level: number) => string): AnswerOption<number | null>[] {
  return [
    { value: null, label: '–', spokenLabel: t('situation.maturity.notRated'), hint: t('situation.maturity.notRated') },
    ...MATURITY_LEVELS.map((level) => ({ value: level, label: formatLevel(level), hint: t(`situation.maturity.level${level}`) })),
  ];
}
