import { describe, expect, it } from 'vitest';
import { RECORD_KINDS } from '../../../../shared/domain';
import { isPhaseId, PHASE_IDS, PHASES, phaseOfKind } from '../../../../shared/method/phases';

describe('PHASES', () => {
  it('lists the method phases in workshop order with their labels', () => {
    expect(PHASES.map((phase) => [phase.id, phase.number])).toEqual([
      ['preparation', null],
      ['situation', '1'],
      ['objectives', '2'],
      ['diagnosis', '3'],
      ['reformulation', '4'],
      ['poster', '4b'],
      ['ideas', '5'],
      ['roadmap', '6'],
      ['implementation', '7'],
      ['measurement', '8'],
    ]);
  });

  it('assigns every record kind to exactly one phase', () => {
    const assigned = PHASES.flatMap((phase) => [...phase.kinds]);
    expect([...assigned].sort()).toEqual([...RECORD_KINDS].sort());
    expect(new Set(assigned).size).toBe(assigned.length);
  });

  it('finds the phase of a kind and recognises phase ids', () => {
    expect(phaseOfKind('stakeholders')).toBe('poster');
    expect(phaseOfKind('measurements')).toBe('measurement');
    expect(PHASE_IDS).toHaveLength(10);
    expect(isPhaseId('ideas')).toBe(true);
    expect(isPhaseId('5')).toBe(false);
  });
});
