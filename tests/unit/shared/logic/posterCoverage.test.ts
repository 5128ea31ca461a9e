import { describe, expect, it } from 'vitest';
import { createRelation, createStakeholder, type Relation, type Stakeholder } from '../../../../shared/domain';
import { checkPosterCoverage } from '../../../../shared/logic/posterCoverage';

const WORKSHOP = '8b0d1c55-2f7e-4c1a-9d3b-1f2e3d4c5b6a';
const ACCOUNT = '2c6f2f0e-4f6b-4a57-9b0e-6a8f0c3d2e11';

function person(fields: Partial<Omit<Stakeholder, 'id' | 'workshopId' | 'keyAccountId'>>): Stakeholder {
  return createStakeholder(WORKSHOP, { keyAccountId: ACCOUNT, ...fields });
}

function relation(from: Stakeholder, to: Stakeholder, fields: Partial<Pick<Relation, 'type' | 'strength'>> = {}): Relation {
  return createRelation(WORKSHOP, { keyAccountId: ACCOUNT, fromId: from.id, toId: to.id, ...fields });
}

const ceo = person({ name: 'Lindqvist', side: 'customer', role: 'decision_maker', influence: 5 });
const buyer = person({ name: 'Krüger', side: 'customer', role: 'economic_buyer', influence: 5 });
const engineer = person({ name: 'Berger', side: 'customer', role: 'technical_buyer', influence: 4 });
const quality = person({ name: 'Demir', side: 'customer', role: 'influencer', influence: 3 });
const owner = person({ name: 'Albrecht', side: 'ours', role: 'account_owner' });
const specialist = person({ name: 'Goikoetxea', side: 'ours', role: 'specialist' });
const everyone = [ceo, buyer, engineer, quality, owner, specialist];

describe('checkPosterCoverage', () => {
  it('finds nothing to check on an empty poster', () => {
    const coverage = checkPosterCoverage([], []);
    expect(coverage.keyPeople).toEqual([]);
    expect(coverage.uncovered).toEqual([]);
    expect(coverage.contacts.size).toBe(0);
  });

  it('lists every decision maker, economic buyer and influencer as uncovered when there are no relations', () => {
    const coverage = checkPosterCoverage(everyone, []);
    expect(coverage.uncovered.map((entry) => entry.name)).toEqual(['Lindqvist', 'Krüger', 'Demir']);
    expect(coverage.keyPeople).toHaveLength(3);
  });

  it('never asks for technical buyers, users, gatekeepers or our own people', () => {
    const others = [
      engineer,
      person({ name: 'User', side: 'customer', role: 'user' }),
      person({ name: 'Gate', side: 'customer', role: 'gatekeeper' }),
      owner,
    ];
    expect(checkPosterCoverage(others, []).keyPeople).toEqual([]);
  });

  it('counts a relation with our side in either direction and of any type', () => {
    const coverage = checkPosterCoverage(everyone, [
      relation(owner, buyer, { type: 'knows' }),
      relation(quality, specialist, { type: 'influences' }),
    ]);
    expect(coverage.uncovered.map((entry) => entry.name)).toEqual(['Lindqvist']);
    expect(coverage.contacts.get(buyer.id)).toEqual([{ id: owner.id, strength: 2 }]);
    expect(coverage.contacts.get(quality.id)).toEqual([{ id: specialist.id, strength: 2 }]);
  });

  it('does not count relations inside the customer, even to someone we know', () => {
    const coverage = checkPosterCoverage(everyone, [relation(buyer, ceo, { type: 'reports_to' }), relation(owner, buyer)]);
    expect(coverage.uncovered).toEqual([ceo, quality]);
  });

  it('ignores relations to people who are not on this poster and relations of a person with themself', () => {
    const stranger = person({ name: 'Elsewhere', side: 'ours', role: 'executive' });
    const coverage = checkPosterCoverage(everyone, [relation(stranger, ceo), relation(ceo, ceo)]);
    expect(coverage.uncovered.map((entry) => entry.name)).toContain('Lindqvist');
  });

  it('lists each contact once with the strongest relation, strongest contact first', () => {
    const coverage = checkPosterCoverage(everyone, [
      relation(owner, ceo, { strength: 1 }),
      relation(ceo, owner, { strength: 3, type: 'knows' }),
      relation(specialist, ceo, { strength: 2 }),
    ]);
    expect(coverage.contacts.get(ceo.id)).toEqual([
      { id: owner.id, strength: 3 },
      { id: specialist.id, strength: 2 },
    ]);
  });

  it('orders key people by role, then by influence, then by name', () => {
    const quiet = person({ name: 'Aaron', side: 'customer', role: 'influencer', influence: 1 });
    const loud = person({ name: 'Zoe', side: 'customer', role: 'influencer', influence: 4 });
    const twin = person({ name: 'Yann', side: 'customer', role: 'influencer', influence: 4 });
    const coverage = checkPosterCoverage([quiet, loud, twin, buyer, ceo], []);
    expect(coverage.uncovered.map((entry) => entry.name)).toEqual(['Lindqvist', 'Krüger', 'Yann', 'Zoe', 'Aaron']);
  });
});
