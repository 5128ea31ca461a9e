import { STAKEHOLDER_ROLES, type Stakeholder } from '../../../shared/domain';

/**
 * The order people are listed and tabbed through: the customer's buying team first, by buying role
 * in the method's order, most influential first. It does not depend on positions, so moving a card
 * never changes where it sits in the tab order.
 */
export function orderPeople(people: readonly Stakeholder[]): Stakeholder[] {
  return [...people].sort((first, second) => {
    if (first.side !== second.side) return first.side === 'customer' ? -1 : 1;
    const byRole = STAKEHOLDER_ROLES.indexOf(first.role) - STAKEHOLDER_ROLES.indexOf(second.role);
    if (byRole !== 0) return byRole;
    if (first.influence !== second.influence) return second.influence - first.influence;
    return first.name.localeCompare(second.name) || (first.id < second.id ? -1 : 1);
  });
}
