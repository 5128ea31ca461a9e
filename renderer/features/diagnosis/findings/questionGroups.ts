import type { Question } from '../../../../shared/domain';

export interface AreaGroup {
  area: string;
  questions: Question[];
}

/**
 * The workshop's questions by area, in questionnaire order, for linking a finding. Hidden questions
 * are left out unless the finding already links them, so an existing link can still be removed.
 */
export function groupQuestionsByArea(questions: readonly Question[], linkedIds: readonly string[]): AreaGroup[] {
  const groups = new Map<string, Question[]>();
  for (const question of questions) {
    if (question.hidden && !linkedIds.includes(question.id)) continue;
    const list = groups.get(question.area) ?? [];
    list.push(question);
    groups.set(question.area, list);
  }
  return [...groups].map(([area, list]) => ({ area, questions: list }));
}
