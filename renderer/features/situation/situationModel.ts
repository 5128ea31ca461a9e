import type { Answer, Finding, Language, Question } from '../../../shared/domain';
import { answersByQuestion, isAnswered, summarizeMaturity, visibleQuestionsInOrder, type MaturitySummary } from '../../../shared/logic/maturity';
import { questionAreaName } from '../../../shared/method/questionBank';

/** The questions of one area in questionnaire order (hidden ones included; screens filter). */
export interface AreaGroup {
  area: string;
  name: string;
  questions: Question[];
}

/** Everything the situation screen shows, derived from the stored records on every change. */
export interface SituationModel {
  /** Every question in questionnaire order. */
  ordered: Question[];
  visible: Question[];
  groups: AreaGroup[];
  /** 1-based number of each visible question, as the group calls them ("question 12"). */
  numberOf: ReadonlyMap<string, number>;
  answerOf: ReadonlyMap<string, Answer>;
  /** Questions some finding already links to. */
  questionsWithFinding: ReadonlySet<string>;
  nextFindingOrder: number;
  nextQuestionOrder: number;
  summary: MaturitySummary;
}

export function buildSituationModel(questions: readonly Question[], answers: readonly Answer[], findings: readonly Finding[], language: Language): SituationModel {
  const ordered = [...questions].map((question, index) => ({ question, index }))
    .sort((left, right) => left.question.order - right.question.order || left.index - right.index)
    .map(({ question }) => question);
  const visible = visibleQuestionsInOrder(ordered);
  const questionsWithFinding = new Set<string>();
  for (const finding of findings) for (const questionId of finding.questionIds) questionsWithFinding.add(questionId);
  return {
    ordered,
    visible,
    groups: groupByArea(ordered, language),
    numberOf: new Map(visible.map((question, index) => [question.id, index + 1])),
    answerOf: answersByQuestion(answers),
    questionsWithFinding,
    nextFindingOrder: nextOrder(findings),
    nextQuestionOrder: nextOrder(questions),
    summary: summarizeMaturity(ordered, answers),
  };
}

function groupByArea(ordered: readonly Question[], language: Language): AreaGroup[] {
  const groups = new Map<string, AreaGroup>();
  for (const question of ordered) {
    const group = groups.get(question.area) ?? { area: question.area, name: questionAreaName(question.area, language), questions: [] };
    group.questions.push(question);
    groups.set(question.area, group);
  }
  return [...groups.values()];
}

/** One past the highest order in use, so a new item lands at the end of its list. */
export function nextOrder(records: readonly { order: number }[]): number {
  return records.reduce((highest, record) => Math.max(highest, Math.floor(record.order) + 1), 0);
}

export function unansweredIds(model: SituationModel): Set<string> {
  return new Set(model.visible.filter((question) => !isAnswered(model.answerOf.get(question.id))).map((question) => question.id));
}
