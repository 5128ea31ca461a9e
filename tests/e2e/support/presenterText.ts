import type { Locator } from '@playwright/test';

/** Presenter mode's promise: at 1280×720 no text is drawn smaller than this. */
export const MIN_PRESENTER_TEXT_PX = 24;

export interface DrawnText {
  text: string;
  /** The size the text is drawn at on screen, in CSS pixels. */
  size: number;
  /** Its computed font size, before any transform. */
  computed: number;
  /** "<tag class=…>" of the text's element, to find it when a check fails. */
  element: string;
}

/**
 * Every visible text inside `root` with the size it is DRAWN at: the computed font size times the scale
 * of every CSS transform from the text's element up (a canvas's zoom), or for SVG text its screen
 * matrix. Texts that take no space, or sit in a screen-reader-only box (1 px, clipped), are not seen
 * and not listed; nor are texts that are invisible (visibility, opacity 0).
 */
export async function drawnTexts(root: Locator): Promise<DrawnText[]> {
  return root.evaluate((container) => {
    const hiddenByClipping = (element: Element): boolean => {
      for (let node: Element | null = element; node && node !== container.parentElement; node = node.parentElement) {
        if (!(node instanceof HTMLElement)) continue;
        const style = getComputedStyle(node);
        if (/hidden|clip/.test(style.overflow) && (node.offsetWidth <= 1 || node.offsetHeight <= 1)) return true;
      }
      return false;
    };
    const transformScale = (element: Element): number => {
      let scale = 1;
      for (let node: Element | null = element; node; node = node.parentElement) {
        const transform = getComputedStyle(node).transform;
        if (!transform || transform === 'none') continue;
        const matrix = new DOMMatrixReadOnly(transform);
        scale *= Math.hypot(matrix.a, matrix.b);
      }
      return scale;
    };
    const found: { text: string; size: number; computed: number; element: string }[] = [];
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const text = node.textContent?.trim() ?? '';
      const element = node.parentElement;
      if (!text || !element) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1 || hiddenByClipping(element)) continue;
      const style = getComputedStyle(element);
      if (style.visibility !== 'visible' || Number(style.opacity) === 0) continue;
      const computed = parseFloat(style.fontSize);
      let size = computed;
      if (element instanceof SVGGraphicsElement) {
        const matrix = element.getScreenCTM();
        if (matrix) size *= Math.hypot(matrix.a, matrix.b);
      } else {
        size *= transformScale(element);
      }
      found.push({ text: text.slice(0, 50), size, computed, element: `<${element.tagName.toLowerCase()} class="${element.getAttribute('class') ?? ''}">` });
    }
    return found;
  });
}

/** The texts drawn smaller than the minimum, described for a failing check (empty when all are large enough). */
export async function textsBelowMinimum(root: Locator, minimum = MIN_PRESENTER_TEXT_PX): Promise<string[]> {
  const texts = await drawnTexts(root);
  return texts.filter((entry) => entry.size < minimum - 0.25).map((entry) => `${entry.size.toFixed(1)}px ${entry.element} ${entry.text}`);
}
