import { z } from 'zod';
import { longText, manualOrder, newId, ownedRecordFields, shortText, withDefaults, type RecordFields } from './primitives';

/** The areas of the built-in diagnostic questionnaire; their names come from the i18n catalogues. */
export const BUILT_IN_QUESTION_AREAS = ['crm', 'visits', 'acquisition', 'strategy'] as const;

export const questionSchema = z.strictObject({
  ...ownedRecordFields,
  /** A built-in area key, or any other non-empty text naming an area the workshop added itself. */
  area: shortText.min(1),
  /** The built-in question this one was seeded from; absent for questions the workshop wrote. */
  builtInKey: shortText.min(1).optional(),
  /** The workshop's own wording; empty means "show the built-in text in the workshop language". */
  text: longText,
  hidden: z.boolean(),
  order: manualOrder,
});

export type Question = z.infer<typeof questionSchema>;

export function isBuiltInQuestionArea(area: string): area is (typeof BUILT_IN_QUESTION_AREAS)[number] {
  return (BUILT_IN_QUESTION_AREAS as readonly string[]).includes(area);
}

export function createQuestion(workshopId: string, fields: RecordFields<Question> = {}): Question {
  const defaults: Omit<Question, 'id' | 'workshopId'> = {
    area: 'crm',
    text: '',
    hidden: false,
    order: 0,
  };
  return { ...withDefaults(defaults, fields), id: newId(), workshopId };
}
