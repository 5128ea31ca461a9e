import { describe, expect, it } from 'vitest';
import { validateBundle } from '../../../../shared/backup';
import { buildCompleteBundle, firstRecord } from '../fixtures/bundleBuilder';

describe('validateBundle', () => {
  it('finds nothing wrong in a consistent bundle', () => {
    expect(validateBundle(buildCompleteBundle())).toEqual([]);
  });

  it('accepts links left empty where that is allowed', () => {
    const bundle = buildCompleteBundle();
    const idea = firstRecord(bundle, 'ideas');
    idea.clusterId = null;
    idea.participantId = null;
    idea.objectiveIds = [];
    expect(validateBundle(bundle)).toEqual([]);
  });

  it('reports ids used twice, even across kinds', () => {
    const bundle = buildCompleteBundle();
    firstRecord(bundle, 'votes').id = firstRecord(bundle, 'ideas').id;
    expect(validateBundle(bundle)).toContainEqual(
      expect.objectContaining({ code: 'duplicate_id', path: 'records.votes[0].id', detail: expect.stringContaining('ideas') }),
    );
  });

  it('reports each dangling entry of a link list at its position', () => {
    const bundle = buildCompleteBundle();
    const meeting = firstRecord(bundle, 'meetings');
    meeting.attendeeIds = [...meeting.attendeeIds, crypto.randomUUID()];
    expect(validateBundle(bundle)).toEqual([expect.objectContaining({ code: 'dangling_link', path: 'records.meetings[0].attendeeIds[2]' })]);
  });

  it('reports a link pointing at the workshop itself', () => {
    const bundle = buildCompleteBundle();
    firstRecord(bundle, 'answers').questionId = bundle.workshop.id;
    expect(validateBundle(bundle)).toEqual([
      expect.objectContaining({ code: 'dangling_link', path: 'records.answers[0].questionId', detail: expect.stringContaining('workshop') }),
    ]);
  });

  it('reports records of another workshop', () => {
    const bundle = buildCompleteBundle();
    firstRecord(bundle, 'scenarios').workshopId = crypto.randomUUID();
    expect(validateBundle(bundle)).toEqual([expect.objectContaining({ code: 'wrong_workshop', path: 'records.scenarios[0].workshopId' })]);
  });

  it('stops at the limit and says more were left out', () => {
    const bundle = buildCompleteBundle();
    const template = firstRecord(bundle, 'measurements');
    bundle.records.measurements = Array.from({ length: 50 }, () => ({ ...template, id: crypto.randomUUID(), kpiId: crypto.randomUUID() }));
    const problems = validateBundle(bundle, 5);
    expect(problems).toHaveLength(6);
    expect(problems.slice(0, 5).every((problem) => problem.code === 'dangling_link')).toBe(true);
    expect(problems[5]?.code).toBe('too_many_problems');
  });
});
