import { expect, type Locator, type Page } from '@playwright/test';
import type { HostileWorkshop } from './hostileWorkshop';

/**
 * Checks that hostile text stayed text: nothing it carries ran, no element or attribute came from
 * its markup, and wherever its marker shows, the whole literal string shows with it.
 */

interface PwnedWindow {
  __pwned?: unknown;
  __pwnedWrites?: unknown[];
}

/**
 * Before any page script runs: every write to window.__pwned is recorded (the payloads all write
 * it), so even a write that something later undoes is caught, and alert/confirm/prompt are fatal.
 */
export async function installPwnedTrap(page: Page): Promise<string[]> {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const writes: unknown[] = [];
    Object.defineProperty(window, '__pwnedWrites', { value: writes });
    Object.defineProperty(window, '__pwned', {
      get: () => undefined,
      set: (value: unknown) => {
        writes.push(value);
      },
    });
  });
  return dialogs;
}

export async function pwnedWrites(page: Page): Promise<unknown[]> {
  return page.evaluate(() => {
    const target = window as unknown as PwnedWindow;
    return [...(target.__pwnedWrites ?? []), ...(target.__pwned === undefined ? [] : [target.__pwned])];
  });
}

export interface DomScan {
  /** Anything that shows hostile text was parsed as markup or altered. */
  problems: string[];
  /** Markers whose whole literal text is on the page (text, form values or attributes). */
  literalMarkers: string[];
}

/** Attributes a browser may fetch, run or style from: hostile text must never reach them. */
const ACTIVE_ATTRIBUTES = ['href', 'src', 'srcdoc', 'action', 'formaction', 'xlink:href', 'style', 'data', 'poster', 'background'];

/** Attributes that carry readable text (ids and references may carry an encoded form of it). */
const TEXT_ATTRIBUTES = ['aria-label', 'aria-description', 'aria-valuetext', 'aria-placeholder', 'aria-roledescription', 'title', 'alt', 'placeholder', 'label', 'value'];

/** Scans the whole document (including hidden parts, SVG and dialogs). */
export async function scanDom(page: Page, hostile: HostileWorkshop): Promise<DomScan> {
  const literalByMarker = Object.fromEntries(hostile.fields.map((field) => [field.marker, field.text]));
  return page.evaluate(
    ({ literals, activeAttributes, textAttributes }) => {
      const markerPattern = /HX\d{4}/g;
      const problems: string[] = [];
      const literal = new Set<string>();
      const describe = (element: Element) => `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} class="${element.getAttribute('class') ?? ''}">`;
      const checkText = (text: string, where: string) => {
        for (const marker of new Set(text.match(markerPattern) ?? [])) {
          const expected = literals[marker];
          if (expected === undefined) continue;
          if (text.includes(expected)) literal.add(marker);
          else problems.push(`${marker} altered in ${where}: ${JSON.stringify(text.slice(0, 160))}`);
        }
      };

      for (const element of document.querySelectorAll('*')) {
        const tag = element.tagName.toLowerCase();
        for (const attribute of element.attributes) {
          const name = attribute.name.toLowerCase();
          if (name.startsWith('on')) problems.push(`${describe(element)} has an event-handler attribute ${name}="${attribute.value.slice(0, 80)}"`);
          if (activeAttributes.includes(name) && (/^\s*javascript:/i.test(attribute.value) || /HX\d{4}|__pwned/.test(attribute.value))) {
            problems.push(`${describe(element)} ${name} carries hostile text: ${attribute.value.slice(0, 80)}`);
          }
          if (textAttributes.includes(name)) checkText(attribute.value, `${describe(element)} ${name}`);
        }
        if (tag === 'img' && element.getAttribute('src') === 'x') problems.push(`an injected <img src="x"> exists`);
        if (tag === 'script' && /__pwned/.test(element.textContent ?? '')) problems.push('an injected <script> exists');
        if (['iframe', 'object', 'embed', 'base', 'meta'].includes(tag) && element.closest('body')) problems.push(`${describe(element)} inside the body`);
        if ((element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) && element.type !== 'password') {
          checkText(element.value, `the value of ${describe(element)}`);
        }
      }

      // Each text node's parent holds the whole string if it was rendered as text; parsed markup
      // would split it into elements and drop the angle brackets, entities would be decoded.
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const parents = new Set<Element>();
      while (walker.nextNode()) {
        const node = walker.currentNode;
        if (node.parentElement && markerPattern.test(node.textContent ?? '')) parents.add(node.parentElement);
        markerPattern.lastIndex = 0;
      }
      for (const parent of parents) checkText(parent.textContent ?? '', describe(parent));
      checkText(document.title, 'the document title');
      return { problems, literalMarkers: [...literal] };
    },
    { literals: literalByMarker, activeAttributes: ACTIVE_ATTRIBUTES, textAttributes: TEXT_ATTRIBUTES },
  );
}

/**
 * The view is clean: no write to window.__pwned, no dialog, no hostile element or attribute, no
 * altered string. Returns the markers shown literally, for the coverage count.
 */
export async function expectViewClean(page: Page, hostile: HostileWorkshop, view: string, dialogs: readonly string[]): Promise<string[]> {
  const scan = await scanDom(page, hostile);
  expect(scan.problems, `hostile markup on ${view}`).toEqual([]);
  expect(await pwnedWrites(page), `window.__pwned written on ${view}`).toEqual([]);
  expect(dialogs, `a dialog opened on ${view}`).toEqual([]);
  return scan.literalMarkers;
}

/** The literal string is on screen, as text or as the value of a visible field. */
export async function expectShownLiterally(scope: Page | Locator, text: string, view: string): Promise<void> {
  const asText = scope.getByText(text).filter({ visible: true });
  const fields = scope.locator('input, textarea').filter({ visible: true });
  await expect
    .poll(
      async () => (await asText.count()) + (await fields.evaluateAll((elements, wanted) => elements.filter((element) => (element as HTMLInputElement).value.includes(wanted)).length, text)),
      { message: `${JSON.stringify(text)} shown literally on ${view}` },
    )
    .toBeGreaterThan(0);
}
