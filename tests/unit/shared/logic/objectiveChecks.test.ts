import { describe, expect, it } from 'vitest';
import { createFinalObjective, type FinalObjective } from '../../../../shared/domain';
import {
  changedFromOriginal,
  checkState,
  objectiveWarnings,
  summariseObjectiveWarnings,
  tallyChecks,
  type ComparableObjective,
} from '../../../../shared/logic/objectiveChecks';

const WORKSHOP = '6f1c2a8e-0d51-4b7e-9a4c-2f5d8b1e7c30';
const FINDING = 'b3a1f0c2-5e4d-4c3b-8a2f-1e0d9c8b7a65';

/** An objective with nothing left to warn about, so each test breaks exactly one thing. */
function complete(fields: Partial<FinalObjective> = {}): FinalObjective {
  return createFinalObjective(WORKSHOP, {
    title: 'Six new OEM customers',
    metric: 'New OEM customers',
    baseline: 0,
    target: 6,
    unit: 'customers',
    deadline: '2027-12-31',
    owner: 'Jorge',
    findingIds: [FINDING],
    checks: {
      realistic: { ok: true, rationale: 'One in seven of 40 accounts' },
      achievable: { ok: true, rationale: 'Co-design days from April' },
      ownedByOrganisation: { ok: true, rationale: 'Engineering and sales share it' },
    },
    ...fields,
  });
}

const codes = (objective: FinalObjective, known?: ReadonlySet<string>) => objectiveWarnings(objective, known).map((warning) => warning.code);

describe('checkState', () => {
  it('reads yes, no and not yet assessed', () => {
    expect(checkState({ ok: true, rationale: '' })).toBe('yes');
    expect(checkState({ ok: false, rationale: 'x' })).toBe('no');
    expect(checkState({ ok: null, rationale: 'discussed, not decided' })).toBe('not_assessed');
  });
});

describe('objectiveWarnings', () => {
  it('has nothing to say about a complete objective', () => {
    expect(objectiveWarnings(complete())).toEqual([]);
  });

  it('warns about everything on a blank objective, most pressing first', () => {
    expect(objectiveWarnings(createFinalObjective(WORKSHOP))).toEqual([
      { code: 'no_finding' },
      { code: 'no_target' },
      { code: 'no_owner' },
      { code: 'no_deadline' },
      { code: 'checks_not_assessed', checks: ['realistic', 'achievable', 'ownedByOrganisation'] },
    ]);
  });

  it('names each check the group said no to, before any other warning', () => {
    const objective = complete({
      findingIds: [],
      checks: {
        realistic: { ok: false, rationale: '' },
        achievable: { ok: true, rationale: '' },
        ownedByOrganisation: { ok: false, rationale: '' },
      },
    });
    expect(objectiveWarnings(objective)).toEqual([{ code: 'check_failed', checks: ['realistic', 'ownedByOrganisation'] }, { code: 'no_finding' }]);
  });

  it('lists only the checks still open, and a rationale alone does not count as an answer', () => {
    const objective = complete({
      checks: {
        realistic: { ok: true, rationale: '' },
        achievable: { ok: null, rationale: 'Depends on plant capacity' },
        ownedByOrganisation: { ok: true, rationale: '' },
      },
    });
    expect(objectiveWarnings(objective)).toEqual([{ code: 'checks_not_assessed', checks: ['achievable'] }]);
  });

  it('warns about a target without a baseline, but a baseline of zero is a baseline', () => {
    expect(codes(complete({ baseline: null }))).toEqual(['target_without_baseline']);
    expect(codes(complete({ baseline: 0, target: 6 }))).toEqual([]);
  });

  it('warns about a missing target instead of a missing baseline when both are missing', () => {
    expect(codes(complete({ baseline: null, target: null }))).toEqual(['no_target']);
    expect(codes(complete({ baseline: 12, target: null }))).toEqual(['no_target']);
  });

  it('accepts zero and negative figures as real targets and baselines', () => {
    expect(codes(complete({ baseline: -3.5, target: 0 }))).toEqual([]);
    expect(codes(complete({ baseline: 0, target: -10 }))).toEqual([]);
  });

  it('treats an owner of only spaces as no owner', () => {
    expect(codes(complete({ owner: '   ' }))).toEqual(['no_owner']);
    expect(codes(complete({ owner: ' Marta ' }))).toEqual([]);
  });

  it('warns about a missing deadline', () => {
    expect(codes(complete({ deadline: null }))).toEqual(['no_deadline']);
  });

  it('does not count links to findings that no longer exist when the known findings are given', () => {
    const objective = complete();
    expect(codes(objective, new Set([FINDING]))).toEqual([]);
    expect(codes(objective, new Set())).toEqual(['no_finding']);
    expect(codes(objective)).toEqual([]);
  });
});

describe('summariseObjectiveWarnings', () => {
  it('is empty for no objectives and for objectives without warnings', () => {
    expect(summariseObjectiveWarnings([])).toEqual([]);
    expect(summariseObjectiveWarnings([complete(), complete()])).toEqual([]);
  });

  it('groups objectives by warning, in warning order, keeping the objectives in the given order', () => {
    const noOwner = complete({ owner: '' });
    const failed = complete({ owner: '', checks: { ...complete().checks, achievable: { ok: false, rationale: 'no capacity' } } });
    const fine = complete();
    const noDeadline = complete({ deadline: null });
    expect(summariseObjectiveWarnings([noOwner, failed, fine, noDeadline])).toEqual([
      { code: 'check_failed', objectiveIds: [failed.id] },
      { code: 'no_owner', objectiveIds: [noOwner.id, failed.id] },
      { code: 'no_deadline', objectiveIds: [noDeadline.id] },
    ]);
  });

  it('passes the known findings on, so dangling links are reported', () => {
    const objective = complete();
    expect(summariseObjectiveWarnings([objective], new Set())).toEqual([{ code: 'no_finding', objectiveIds: [objective.id] }]);
  });
});

describe('tallyChecks', () => {
  it('counts zero everywhere for no objectives', () => {
    const empty = { yes: 0, no: 0, not_assessed: 0 };
    expect(tallyChecks([])).toEqual({ realistic: empty, achievable: empty, ownedByOrganisation: empty });
  });

  it('counts yes, no and not yet assessed per check', () => {
    const tally = tallyChecks([
      complete(),
      complete({ checks: { ...complete().checks, realistic: { ok: false, rationale: '' } } }),
      createFinalObjective(WORKSHOP),
    ]);
    expect(tally.realistic).toEqual({ yes: 1, no: 1, not_assessed: 1 });
    expect(tally.achievable).toEqual({ yes: 2, no: 0, not_assessed: 1 });
    expect(tally.ownedByOrganisation).toEqual({ yes: 2, no: 0, not_assessed: 1 });
  });
});

describe('changedFromOriginal', () => {
  const original: ComparableObjective = { title: 'Win eight new OEM customers', metric: 'New OEM customers', unit: 'customers', baseline: 0, target: 8, owner: 'Álvaro' };

  it('reports nothing for an unchanged copy', () => {
    expect([...changedFromOriginal(original, { ...original })]).toEqual([]);
  });

  it('reports each changed figure and text', () => {
    const changed = changedFromOriginal(original, { ...original, title: 'Six new OEM customers', target: 6, owner: 'Jorge' });
    expect([...changed].sort()).toEqual(['owner', 'target', 'title']);
  });

  it('ignores differences of spacing and letter case in text', () => {
    expect([...changedFromOriginal(original, { ...original, metric: '  new   OEM customers ', unit: 'Customers' })]).toEqual([]);
  });

  it('treats an unknown number as different from zero, and two unknowns as equal', () => {
    expect([...changedFromOriginal(original, { ...original, baseline: null })]).toEqual(['baseline']);
    expect([...changedFromOriginal({ ...original, target: null }, { ...original, target: null })]).toEqual([]);
    expect([...changedFromOriginal({ ...original, target: -2 }, { ...original, target: -2.0 })]).toEqual([]);
  });

  it('treats a missing owner on an older original like an empty one', () => {
    const withoutOwner: ComparableObjective = { title: 'a', metric: 'b', unit: 'c', baseline: 1, target: 2 };
    expect([...changedFromOriginal(withoutOwner, { ...withoutOwner, owner: '' })]).toEqual([]);
    expect([...changedFromOriginal(withoutOwner, { ...withoutOwner, owner: 'Marta' })]).toEqual(['owner']);
  });
});
