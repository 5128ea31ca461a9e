import { boardNodeSelector } from './ideaFlowTypes';

/**
 * Puts keyboard focus on a note or frame of the canvas. React Flow draws a node a frame after its data
 * arrives, so a node that is not there yet (just placed, or a board just opened) is looked for a few frames.
 */
export function focusBoardNode(container: ParentNode | null, id: string, attempts = 10): void {
  const node = container?.querySelector<HTMLElement>(boardNodeSelector(id));
  if (node) {
    node.focus();
    return;
  }
  if (attempts > 0) requestAnimationFrame(() => focusBoardNode(container, id, attempts - 1));
}

/** Whether an element lies fully inside the visible part of the canvas. */
export function isFullyVisible(element: Element, viewport: Element): boolean {
  const inner = element.getBoundingClientRect();
  const outer = viewport.getBoundingClientRect();
  return inner.left >= outer.left && inner.right <= outer.right && inner.top >= outer.top && inner.bottom <= outer.bottom;
}
