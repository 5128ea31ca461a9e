import { routeToHash } from '../../app/router';

/**
 * Where keyboard focus goes when an objective appears or is asked for: its title field. Each card
 * carries data-objective-id; links from other screens add the objective id after the phase in the
 * address (#/workshop/<id>/reformulation/<objective id>), which the router ignores and this screen reads.
 */
export function focusObjective(objectiveId: string): boolean {
  const card = document.querySelector<HTMLElement>(`[data-objective-id="${CSS.escape(objectiveId)}"]`);
  const title = card?.querySelector<HTMLElement>('.ref-title-field input');
  if (!card || !title) return false;
  card.scrollIntoView({ block: 'start' });
  title.focus({ preventScroll: true });
  return true;
}

export function objectiveLinkHash(workshopId: string, objectiveId: string): string {
  return `${routeToHash({ name: 'workshop', workshopId, phase: 'reformulation' })}/${encodeURIComponent(objectiveId)}`;
}

/** The objective id a link put after the phase in the address, if any. */
export function linkedObjectiveId(hash: string): string | null {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  if (parts[0] !== 'workshop' || parts[2] !== 'reformulation' || !parts[3]) return null;
  return decodeURIComponent(parts[3]);
}
