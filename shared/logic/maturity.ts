import { ANSWER_RESPONSES, MATURITY_MAX, MATURITY_MIN, type Answer, type AnswerResponse } from '../domain/answer';
import type { Question } from '../domain/question';

/**
 * How digital the sales organisation is, per area of the diagnostic questionnaire (phase 1).
 * Hidden questions do not count anywhere: the workshop decided they do not apply to this client.
 * A question is "answered" once the group gave a response or a rating; only ratings feed averages,
 * so "unknown" answers make a question answered without pretending to know its maturity.
 */

export type MaturityQuestion = Pick<Question, 'id' | 'area' | 'hidden' | 'order'>;
export type MaturityAnswer = Pick<Answer, 'questionId' | 'response' | 'maturity'>;
export type ResponseCounts = Record<AnswerResponse, number>;

/** A maturity at or below this is weak enough to need action, whatever the response said. */
export const WEAK_MATURITY = 1;
/** How many of the weakest answers the "need to act" summary names by default. */
export const DEFAULT_WEAKEST_LIMIT = 3;

export interface AreaMaturity {
  area: string;
  /** Mean maturity of the area's rated visible questions; null while none of them is rated. */
  average: number | null;
  questionCount: number;
  answeredCount: number;
  ratedCount: number;
  responses: ResponseCounts;
}

export interface WeakAnswer {
  questionId: string;
  area: string;
  response: AnswerResponse | null;
  maturity: number | null;
}

export interface MaturityCounts {
  /** Visible questions. */
  questions: number;
  answered: number;
  unanswered: number;
  hidden: number;
  rated: number;
  responses: ResponseCounts;
}

export interface MaturitySummary {
  /** Areas with at least one visible question, in questionnaire order. */
  areas: AreaMaturity[];
  /** Mean of every rating of a visible question (each question weighs the same); null with none. */
  overall: number | null;
  /** The area with the lowest average; null while nothing is rated. */
  weakestArea: AreaMaturity | null;
  /** The weak answers of the weakest area, weakest first. */
  weakestAnswers: WeakAnswer[];
  counts: MaturityCounts;
}

export function emptyResponseCounts(): ResponseCounts {
  return { yes: 0, partly: 0, no: 0, unknown: 0 };
}

/** A rating inside the scale; anything else (missing, negative, fractional, too high) is no rating. */
export function validMaturity(value: number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isInteger(value) || value < MATURITY_MIN || value > MATURITY_MAX) return null;
  return value;
}

export function isAnswered(answer: MaturityAnswer | undefined): boolean {
  if (!answer) return false;
  return answer.response !== null || validMaturity(answer.maturity) !== null;
}

/** A 'no' or 'partly', or a rating of WEAK_MATURITY or less. */
export function isWeakAnswer(answer: MaturityAnswer): boolean {
  if (answer.response === 'no' || answer.response === 'partly') return true;
  const maturity = validMaturity(answer.maturity);
  return maturity !== null && maturity <= WEAK_MATURITY;
}

/** Visible questions in questionnaire order (by `order`, then as given, so equal orders stay put). */
export function visibleQuestionsInOrder<Q extends MaturityQuestion>(questions: readonly Q[]): Q[] {
  return questions
    .map((question, index) => ({ question, index }))
    .filter(({ question }) => !question.hidden)
    .sort((left, right) => left.question.order - right.question.order || left.index - right.index)
    .map(({ question }) => question);
}

/** One answer per question: the first one given wins if a corrupt import carried two. */
export function answersByQuestion<A extends MaturityAnswer>(answers: readonly A[]): Map<string, A> {
  const byQuestion = new Map<string, A>();
  for (const answer of answers) if (!byQuestion.has(answer.questionId)) byQuestion.set(answer.questionId, answer);
  return byQuestion;
}

export function summarizeMaturity(
  questions: readonly MaturityQuestion[],
  answers: readonly MaturityAnswer[],
  options: { weakestLimit?: number } = {},
): MaturitySummary {
  const visible = visibleQuestionsInOrder(questions);
  const byQuestion = answersByQuestion(answers);
  const areas = summarizeAreas(visible, byQuestion);
  const ratings = visible.map((question) => validMaturity(byQuestion.get(question.id)?.maturity)).filter((value) => value !== null);
  const weakestArea = findWeakestArea(areas);
  return {
    areas,
    overall: mean(ratings),
    weakestArea,
    weakestAnswers: weakestArea ? weakestAnswersOf(visible, byQuestion, weakestArea.area, options.weakestLimit ?? DEFAULT_WEAKEST_LIMIT) : [],
    counts: countAll(questions, visible, byQuestion),
  };
}

function summarizeAreas(visible: readonly MaturityQuestion[], byQuestion: ReadonlyMap<string, MaturityAnswer>): AreaMaturity[] {
  const areas = new Map<string, { area: AreaMaturity; ratings: number[] }>();
  for (const question of visible) {
    let entry = areas.get(question.area);
    if (!entry) {
      entry = { area: { area: question.area, average: null, questionCount: 0, answeredCount: 0, ratedCount: 0, responses: emptyResponseCounts() }, ratings: [] };
      areas.set(question.area, entry);
    }
    entry.area.questionCount += 1;
    const answer = byQuestion.get(question.id);
    if (!answer || !isAnswered(answer)) continue;
    entry.area.answeredCount += 1;
    if (answer.response !== null) entry.area.responses[answer.response] += 1;
    const maturity = validMaturity(answer.maturity);
    if (maturity !== null) entry.ratings.push(maturity);
  }
  return [...areas.values()].map(({ area, ratings }) => ({ ...area, ratedCount: ratings.length, average: mean(ratings) }));
}

/** Lowest average; on a tie the area with more 'no' answers, then the one asked first. */
function findWeakestArea(areas: readonly AreaMaturity[]): AreaMaturity | null {
  let weakest: AreaMaturity | null = null;
  for (const area of areas) {
    if (area.average === null) continue;
    if (weakest === null || weakest.average === null) {
      weakest = area;
      continue;
    }
    if (area.average < weakest.average || (area.average === weakest.average && area.responses.no > weakest.responses.no)) weakest = area;
  }
  return weakest;
}

const RESPONSE_WEAKNESS: Readonly<Record<AnswerResponse, number>> = { no: 0, partly: 1, unknown: 2, yes: 3 };

/**
 * The weak answers of one area, weakest first: lowest maturity (unrated last), then 'no' before
 * 'partly', then questionnaire order.
 */
export function weakestAnswersOf(
  visibleInOrder: readonly MaturityQuestion[],
  byQuestion: ReadonlyMap<string, MaturityAnswer>,
  area: string,
  limit: number = DEFAULT_WEAKEST_LIMIT,
): WeakAnswer[] {
  const weak: (WeakAnswer & { position: number })[] = [];
  visibleInOrder.forEach((question, position) => {
    if (question.area !== area) return;
    const answer = byQuestion.get(question.id);
    if (!answer || !isWeakAnswer(answer)) return;
    weak.push({ questionId: question.id, area, response: answer.response, maturity: validMaturity(answer.maturity), position });
  });
  weak.sort(
    (left, right) =>
      maturityRank(left.maturity) - maturityRank(right.maturity) ||
      responseRank(left.response) - responseRank(right.response) ||
      left.position - right.position,
  );
  return weak.slice(0, Math.max(0, limit)).map(({ questionId, response, maturity }) => ({ questionId, area, response, maturity }));
}

function maturityRank(maturity: number | null): number {
  return maturity ?? MATURITY_MAX + 1;
}

function responseRank(response: AnswerResponse | null): number {
  return response === null ? ANSWER_RESPONSES.length : RESPONSE_WEAKNESS[response];
}

function countAll(all: readonly MaturityQuestion[], visible: readonly MaturityQuestion[], byQuestion: ReadonlyMap<string, MaturityAnswer>): MaturityCounts {
  const responses = emptyResponseCounts();
  let answered = 0;
  let rated = 0;
  for (const question of visible) {
    const answer = byQuestion.get(question.id);
    if (!answer || !isAnswered(answer)) continue;
    answered += 1;
    if (answer.response !== null) responses[answer.response] += 1;
    if (validMaturity(answer.maturity) !== null) rated += 1;
  }
  return { questions: visible.length, answered, unanswered: visible.length - answered, hidden: all.length - visible.length, rated, responses };
}

function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}
