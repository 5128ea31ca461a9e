import { describe, expect, it } from 'vitest';
import {
  isAnswered,
  isWeakAnswer,
  summarizeMaturity,
  validMaturity,
  visibleQuestionsInOrder,
  type MaturityAnswer,
  type MaturityQuestion,
} from '../../../../shared/logic/maturity';

let order = 0;
function question(id: string, area: string, fields: Partial<MaturityQuestion> = {}): MaturityQuestion {
  order += 1;
  return { id, area, hidden: false, order, ...fields };
}

function answer(questionId: string, response: MaturityAnswer['response'], maturity: number | null): MaturityAnswer {
  return { questionId, response, maturity };
}

describe('summarizeMaturity', () => {
  it('returns nulls and zeros for an empty questionnaire', () => {
    const summary = summarizeMaturity([], []);
    expect(summary.areas).toEqual([]);
    expect(summary.overall).toBeNull();
    expect(summary.weakestArea).toBeNull();
    expect(summary.weakestAnswers).toEqual([]);
    expect(summary.counts).toEqual({ questions: 0, answered: 0, unanswered: 0, hidden: 0, rated: 0, responses: { yes: 0, partly: 0, no: 0, unknown: 0 } });
  });

  it('lists areas with no ratings yet with a null average', () => {
    const questions = [question('a', 'crm'), question('b', 'visits')];
    const summary = summarizeMaturity(questions, []);
    expect(summary.areas.map((area) => [area.area, area.average, area.questionCount])).toEqual([
      ['crm', null, 1],
      ['visits', null, 1],
    ]);
    expect(summary.counts.unanswered).toBe(2);
    expect(summary.weakestArea).toBeNull();
  });

  it('averages the rated questions per area and overall, counting a rating of zero', () => {
    const questions = [question('a', 'crm'), question('b', 'crm'), question('c', 'crm'), question('d', 'visits')];
    const answers = [answer('a', 'no', 0), answer('b', 'yes', 3), answer('c', null, null), answer('d', 'partly', 2)];
    const summary = summarizeMaturity(questions, answers);
    const crm = summary.areas.find((area) => area.area === 'crm');
    expect(crm?.average).toBe(1.5);
    expect(crm?.ratedCount).toBe(2);
    // An answer record without response or rating (e.g. evidence typed first) is not an answer yet.
    expect(crm?.answeredCount).toBe(2);
    // Overall weighs every rated question the same: (0 + 3 + 2) / 3.
    expect(summary.overall).toBeCloseTo(5 / 3, 10);
    expect(summary.counts).toMatchObject({ questions: 4, answered: 3, unanswered: 1, rated: 3, responses: { yes: 1, partly: 1, no: 1, unknown: 0 } });
  });

  it('counts all-unknown answers as answered but leaves every average empty', () => {
    const questions = [question('a', 'crm'), question('b', 'visits')];
    const summary = summarizeMaturity(questions, [answer('a', 'unknown', null), answer('b', 'unknown', null)]);
    expect(summary.counts.answered).toBe(2);
    expect(summary.counts.unanswered).toBe(0);
    expect(summary.counts.responses.unknown).toBe(2);
    expect(summary.overall).toBeNull();
    expect(summary.areas.every((area) => area.average === null)).toBe(true);
    expect(summary.weakestArea).toBeNull();
    expect(summary.weakestAnswers).toEqual([]);
  });

  it('ignores hidden questions and their answers everywhere', () => {
    const questions = [question('a', 'crm'), question('h', 'crm', { hidden: true }), question('only-hidden', 'strategy', { hidden: true })];
    const summary = summarizeMaturity(questions, [answer('a', 'yes', 4), answer('h', 'no', 0), answer('only-hidden', 'no', 0)]);
    expect(summary.areas.map((area) => area.area)).toEqual(['crm']);
    expect(summary.areas[0]?.average).toBe(4);
    expect(summary.overall).toBe(4);
    expect(summary.counts).toMatchObject({ questions: 1, hidden: 2, answered: 1, responses: { no: 0 } });
    expect(summary.weakestAnswers).toEqual([]);
  });

  it('treats negative, fractional and out-of-scale ratings as missing', () => {
    const questions = [question('a', 'crm'), question('b', 'crm'), question('c', 'crm')];
    const summary = summarizeMaturity(questions, [answer('a', null, -1), answer('b', null, 2.5), answer('c', 'yes', 9)]);
    expect(summary.overall).toBeNull();
    expect(summary.counts.answered).toBe(1);
    expect(summary.counts.rated).toBe(0);
  });

  it('ignores answers to questions that do not exist and keeps the first of duplicate answers', () => {
    const questions = [question('a', 'crm')];
    const summary = summarizeMaturity(questions, [answer('ghost', 'no', 0), answer('a', 'yes', 4), answer('a', 'no', 0)]);
    expect(summary.overall).toBe(4);
    expect(summary.counts.responses).toEqual({ yes: 1, partly: 0, no: 0, unknown: 0 });
  });

  it('keeps questionnaire order for areas, whatever order the records come in', () => {
    const questions = [question('z', 'strategy', { order: 9 }), question('y', 'crm', { order: 1 }), question('x', 'own area', { order: 5 })];
    expect(summarizeMaturity(questions, []).areas.map((area) => area.area)).toEqual(['crm', 'own area', 'strategy']);
  });
});

describe('weakest area', () => {
  it('is the area with the lowest average', () => {
    const questions = [question('a', 'crm'), question('b', 'visits'), question('c', 'acquisition')];
    const summary = summarizeMaturity(questions, [answer('a', 'partly', 2), answer('b', 'no', 1), answer('c', 'unknown', null)]);
    expect(summary.weakestArea?.area).toBe('visits');
  });

  it('on equal averages, is the area with more "no" answers', () => {
    const questions = [question('a1', 'crm'), question('a2', 'crm'), question('b1', 'visits'), question('b2', 'visits')];
    const answers = [answer('a1', 'partly', 1), answer('a2', 'partly', 1), answer('b1', 'no', 1), answer('b2', 'partly', 1)];
    expect(summarizeMaturity(questions, answers).weakestArea?.area).toBe('visits');
  });

  it('on a complete tie, is the area asked first', () => {
    const questions = [question('a', 'crm'), question('b', 'visits')];
    const summary = summarizeMaturity(questions, [answer('b', 'no', 1), answer('a', 'no', 1)]);
    expect(summary.weakestArea?.area).toBe('crm');
  });
});

describe('weakest answers', () => {
  it('come lowest maturity first, "no" before "partly" on equal maturity, then in questionnaire order', () => {
    const questions = ['q1', 'q2', 'q3', 'q4', 'q5', 'q6'].map((id) => question(id, 'crm'));
    const answers = [
      answer('q1', 'partly', 1),
      answer('q2', 'no', 1),
      answer('q3', 'no', 0),
      answer('q4', 'yes', 4),
      answer('q5', 'no', null),
      answer('q6', 'partly', 0),
    ];
    const summary = summarizeMaturity(questions, answers, { weakestLimit: 10 });
    expect(summary.weakestAnswers.map((weak) => weak.questionId)).toEqual(['q3', 'q6', 'q2', 'q1', 'q5']);
  });

  it('are limited, three by default', () => {
    const questions = ['q1', 'q2', 'q3', 'q4'].map((id) => question(id, 'crm'));
    const answers = questions.map((entry) => answer(entry.id, 'no', 0));
    expect(summarizeMaturity(questions, answers).weakestAnswers).toHaveLength(3);
    expect(summarizeMaturity(questions, answers, { weakestLimit: 0 }).weakestAnswers).toEqual([]);
  });

  it('include a low rating even when the response was "yes", and never a strong one', () => {
    const questions = [question('a', 'crm'), question('b', 'crm')];
    const summary = summarizeMaturity(questions, [answer('a', 'yes', 1), answer('b', 'yes', 3)]);
    expect(summary.weakestAnswers.map((weak) => [weak.questionId, weak.response, weak.maturity])).toEqual([['a', 'yes', 1]]);
  });

  it('come only from the weakest area', () => {
    const questions = [question('a', 'crm'), question('b', 'visits')];
    const summary = summarizeMaturity(questions, [answer('a', 'partly', 2), answer('b', 'no', 0)]);
    expect(summary.weakestAnswers.map((weak) => weak.questionId)).toEqual(['b']);
  });
});

describe('helpers', () => {
  it('decide what counts as answered and as weak', () => {
    expect(isAnswered(undefined)).toBe(false);
    expect(isAnswered(answer('a', null, null))).toBe(false);
    expect(isAnswered(answer('a', null, 0))).toBe(true);
    expect(isAnswered(answer('a', 'unknown', null))).toBe(true);
    expect(isWeakAnswer(answer('a', 'partly', 4))).toBe(true);
    expect(isWeakAnswer(answer('a', 'unknown', null))).toBe(false);
    expect(isWeakAnswer(answer('a', 'unknown', 0))).toBe(true);
    expect(isWeakAnswer(answer('a', 'yes', 2))).toBe(false);
  });

  it('accept only whole ratings inside the scale', () => {
    expect(validMaturity(0)).toBe(0);
    expect(validMaturity(4)).toBe(4);
    expect(validMaturity(null)).toBeNull();
    expect(validMaturity(undefined)).toBeNull();
    expect(validMaturity(-1)).toBeNull();
    expect(validMaturity(5)).toBeNull();
    expect(validMaturity(1.5)).toBeNull();
    expect(validMaturity(Number.NaN)).toBeNull();
  });

  it('order visible questions stably by their order field', () => {
    const questions = [question('b', 'crm', { order: 2 }), question('a', 'crm', { order: 1 }), question('c', 'crm', { order: 2 }), question('h', 'crm', { order: 0, hidden: true })];
    expect(visibleQuestionsInOrder(questions).map((entry) => entry.id)).toEqual(['a', 'b', 'c']);
  });
});
