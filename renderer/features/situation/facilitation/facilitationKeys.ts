import { ANSWER_RESPONSES, MATURITY_MAX, MATURITY_MIN, type AnswerResponse } from '../../../../shared/domain';

export type FacilitationCommand =
  | { type: 'response'; response: AnswerResponse }
  | { type: 'maturity'; maturity: number }
  | { type: 'move'; delta: -1 | 1 };

/** The letter that sets each response, as shown on screen in the interface language. */
export type ResponseLetters = Readonly<Record<AnswerResponse, string>>;

/** Y/P/N/U always work, whatever the interface language adds (S for "sí", D for "desconocido"). */
export const DEFAULT_RESPONSE_LETTERS: ResponseLetters = { yes: 'Y', partly: 'P', no: 'N', unknown: 'U' };

/**
 * What a key press means in the facilitation view: digits rate, letters answer, arrows (and the
 * Page keys a presentation clicker sends) move between questions. Letters of the interface language
 * win over the defaults when both claim the same key.
 */
export function commandForKey(key: string, letters: ResponseLetters): FacilitationCommand | null {
  if (key === 'ArrowLeft' || key === 'PageUp') return { type: 'move', delta: -1 };
  if (key === 'ArrowRight' || key === 'PageDown') return { type: 'move', delta: 1 };
  if (/^\d$/.test(key)) {
    const maturity = Number(key);
    return maturity >= MATURITY_MIN && maturity <= MATURITY_MAX ? { type: 'maturity', maturity } : null;
  }
  if (key.length !== 1) return null;
  const pressed = key.toLocaleUpperCase();
  for (const table of [letters, DEFAULT_RESPONSE_LETTERS]) {
    const response = ANSWER_RESPONSES.find((candidate) => table[candidate].toLocaleUpperCase() === pressed);
    if (response) return { type: 'response', response };
  }
  return null;
}
