import { createFinding, SHORT_TEXT_MAX, type Answer, type Finding, type FindingType, type Question } from '../../../shared/domain';
import { cutAtWordWithEllipsis } from '../../../shared/logic/textCut';

// Where a weak answer usually points; the diagnosis phase lets the group retype it.
const TYPE_BY_AREA: Readonly<Record<string, FindingType>> = {
  crm: 'capability',
  visits: 'process',
  acquisition: 'customer',
  strategy: 'market',
};

// Built-in questions about knowing the customer or the competitor are findings of that kind.
const TYPE_BY_BUILT_IN_KEY: Readonly<Record<string, FindingType>> = {
  'crm.lostCustomers': 'customer',
  'crm.buyingTeam': 'customer',
  'crm.lossCompetitors': 'competitor',
};

export function guessFindingType(question: Pick<Question, 'area' | 'builtInKey'>): FindingType {
  const byKey = question.builtInKey === undefined ? undefined : TYPE_BY_BUILT_IN_KEY[question.builtInKey];
  return byKey ?? TYPE_BY_AREA[question.area] ?? 'process';
}

/** A finding title must be short text: long questions are cut at a word with an ellipsis. */
export function findingTitleFrom(questionText: string): string {
  const text = questionText.trim().replace(/\s+/g, ' ');
  return cutAtWordWithEllipsis(text, SHORT_TEXT_MAX);
}

/** A finding pre-filled from a weak answer, linked back to its question. */
export function draftFindingFromAnswer(question: Question, answer: Answer, questionText: string, order: number): Finding {
  return createFinding(question.workshopId, {
    type: guessFindingType(question),
    title: findingTitleFrom(questionText),
    impact: 3,
    evidence: answer.evidence,
    questionIds: [question.id],
    order,
  });
}
