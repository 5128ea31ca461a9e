import { personCardSelector } from './posterFlowTypes';

/**
 * Puts keyboard focus on a person's card. React Flow draws the card a frame after the data arrives,
 * so a card that is not there yet (just added, or a poster just opened) is looked for a few frames.
 */
export function focusPersonCard(container: HTMLElement | null, id: string, attempts = 10): void {
  const card = container?.querySelector<HTMLElement>(personCardSelector(id));
  if (card) {
    card.focus();
    return;
  }
  if (attempts > 0) requestAnimationFrame(() => focusPersonCard(container, id, attempts - 1));
}

/** Whether an element lies fully inside the visible part of the canvas. */
export function isFullyVisible(element: Element, viewport: Element): boolean {
  const inner = element.getBoundingClientRect();
  const outer = viewport.getBoundingClientRect();
  return inner.left >= outer.left && inner.right <= outer.right && inner.top >= outer.top && inner.bottom <= outer.bottom;
}
