import { z } from 'zod';
import { link, longText, newId, ownedRecordFields, rating, shortText, withDefaults, type RequiredRecordFields } from './primitives';

export const ANSWER_RESPONSES = ['yes', 'partly', 'no', 'unknown'] as const;
/** Maturity from 0 (not in place) to 4 (fully digital and in use). */
export const MATURITY_MIN = 0;
export const MATURITY_MAX = 4;

export const answerSchema = z.strictObject({
  ...ownedRecordFields,
  questionId: link,
  /** null until the group has answered. */
  response: z.enum(ANSWER_RESPONSES).nullable(),
  maturity: rating(MATURITY_MIN, MATURITY_MAX).nullable(),
  evidence: longText,
  owner: shortText,
});

export type Answer = z.infer<typeof answerSchema>;
export type AnswerResponse = NonNullable<Answer['response']>;

export function createAnswer(workshopId: string, fields: RequiredRecordFields<Answer, 'questionId'>): Answer {
  const defaults: Omit<Answer, 'id' | 'workshopId'> = {
    questionId: fields.questionId,
    response: null,
    maturity: null,
    evidence: '',
    owner: '',
  };
  return { ...withDefaults(defaults, fields), id: newId(), workshopId };
}
