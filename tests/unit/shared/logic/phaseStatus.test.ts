import { describe, expect, it } from 'vitest';
import { phaseStatus, workshopProgress } from '../../../../shared/logic/phaseStatus';
import type { PhaseDefinitionForStatus } from '../../../../shared/logic/phaseStatus';

const phases: PhaseDefinitionForStatus[] = [
  { id: 'preparation', kinds: ['participants', 'preparationItems'] },
  { id: 'situation', kinds: ['answers'] },
  { id: 'diagnosis', kinds: ['findings', 'lostDeals'] },
];

describe('phaseStatus', () => {
  it('is not started when the phase holds nothing', () => {
    expect(phaseStatus(phases[0]!, {}, [])).toBe('not_started');
    expect(phaseStatus(phases[0]!, { answers: 4 }, [])).toBe('not_started');
  });

  it('is in progress once any of its kinds holds a record', () => {
    expect(phaseStatus(phases[2]!, { lostDeals: 1 }, [])).toBe('in_progress');
  });

  it('is done only when marked done, even when empty', () => {
    expect(phaseStatus(phases[1]!, {}, ['situation'])).toBe('done');
  });
});

describe('workshopProgress', () => {
  it('counts done phases and weighs in-progress ones half', () => {
    const progress = workshopProgress(phases, { participants: 2, findings: 1 }, ['preparation']);
    expect(progress.done).toBe(1);
    expect(progress.total).toBe(3);
    expect(progress.statuses).toEqual({ preparation: 'done', situation: 'not_started', diagnosis: 'in_progress' });
    expect(progress.fraction).toBeCloseTo(1.5 / 3);
  });

  it('is zero for no phases', () => {
    expect(workshopProgress([], {}, []).fraction).toBe(0);
  });
});
