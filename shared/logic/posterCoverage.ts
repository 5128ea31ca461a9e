import type { Relation, Stakeholder, StakeholderRole } from '../domain';

/**
 * The poster's coverage check: which people who decide or sway the purchase does nobody on our side
 * have a relation with? Those are the gaps the account plan has to close.
 */

/** Customer roles whose people must be reached by someone on our side, most important first. */
export const COVERAGE_ROLES = ['decision_maker', 'economic_buyer', 'influencer'] as const satisfies readonly StakeholderRole[];

export type CoveragePerson = Pick<Stakeholder, 'id' | 'name' | 'side' | 'role' | 'influence'>;
export type CoverageRelation = Pick<Relation, 'fromId' | 'toId' | 'strength'>;

export interface CoverageContact {
  /** The person on our side. */
  id: string;
  /** The strongest relation between the two (1 weak to 3 strong). */
  strength: number;
}

export interface PosterCoverage<P extends CoveragePerson> {
  /** Customer people in a coverage role, in the order they should be discussed. */
  keyPeople: P[];
  /** Key people with no relation at all (either direction, any type) to anyone on our side. */
  uncovered: P[];
  /** For each covered key person, who on our side reaches them, strongest first. */
  contacts: Map<string, CoverageContact[]>;
}

function isCoverageRole(role: StakeholderRole): boolean {
  return (COVERAGE_ROLES as readonly StakeholderRole[]).includes(role);
}

function compareKeyPeople(first: CoveragePerson, second: CoveragePerson): number {
  const byRole = COVERAGE_ROLES.indexOf(first.role as (typeof COVERAGE_ROLES)[number]) - COVERAGE_ROLES.indexOf(second.role as (typeof COVERAGE_ROLES)[number]);
  if (byRole !== 0) return byRole;
  if (first.influence !== second.influence) return second.influence - first.influence;
  const byName = first.name.localeCompare(second.name);
  if (byName !== 0) return byName;
  return first.id < second.id ? -1 : first.id > second.id ? 1 : 0;
}

/**
 * Checks one poster. Relations whose ends are not among `people` (another poster, a deleted person)
 * are ignored, as are relations between two customer people: only our side can cover someone.
 */
export function checkPosterCoverage<P extends CoveragePerson>(people: readonly P[], relations: readonly CoverageRelation[]): PosterCoverage<P> {
  const byId = new Map(people.map((person) => [person.id, person]));
  const keyPeople = people.filter((person) => person.side === 'customer' && isCoverageRole(person.role)).sort(compareKeyPeople);
  const strongest = new Map<string, Map<string, number>>();

  const reach = (customerId: string, ourId: string, strength: number) => {
    const contacts = strongest.get(customerId) ?? new Map<string, number>();
    contacts.set(ourId, Math.max(strength, contacts.get(ourId) ?? 0));
    strongest.set(customerId, contacts);
  };
  for (const relation of relations) {
    const from = byId.get(relation.fromId);
    const to = byId.get(relation.toId);
    if (!from || !to || from.id === to.id) continue;
    if (from.side === 'ours' && to.side === 'customer') reach(to.id, from.id, relation.strength);
    if (to.side === 'ours' && from.side === 'customer') reach(from.id, to.id, relation.strength);
  }

  const contacts = new Map<string, CoverageContact[]>();
  const uncovered: P[] = [];
  for (const person of keyPeople) {
    const reachedBy = strongest.get(person.id);
    if (!reachedBy || reachedBy.size === 0) {
      uncovered.push(person);
      continue;
    }
    const list = [...reachedBy].map(([id, strength]) => ({ id, strength }));
    list.sort((first, second) => second.strength - first.strength || (first.id < second.id ? -1 : first.id > second.id ? 1 : 0));
    contacts.set(person.id, list);
  }
  return { keyPeople, uncovered, contacts };
}
