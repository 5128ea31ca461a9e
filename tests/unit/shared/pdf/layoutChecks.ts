// Geometry checks over a laid-out document model: what "no text overflows its box or the page and
// no two texts collide" means, stated once for every PDF test.
import type { PdfDocumentModel, PdfElement, PdfText } from '../../../../shared/pdf';

/** Margins the content keeps (points); the cover's accent band is a shape and may bleed. */
const TEXT_MARGIN = 41.5;
const TOLERANCE = 0.5;

function textBox(text: PdfText): { left: number; right: number; top: number; bottom: number } {
  const left = text.align === 'center' ? text.x - text.width / 2 : text.align === 'right' ? text.x - text.width : text.x;
  // Inter's capitals reach about 0.73 em above the baseline and descenders about 0.2 em below.
  return { left, right: left + text.width, top: text.y - text.size * 0.75, bottom: text.y + text.size * 0.2 };
}

function shapeBounds(element: Exclude<PdfElement, PdfText>): { left: number; right: number; top: number; bottom: number } {
  switch (element.kind) {
    case 'rect':
      return { left: element.x, right: element.x + element.width, top: element.y, bottom: element.y + element.height };
    case 'line':
      return { left: Math.min(element.x1, element.x2), right: Math.max(element.x1, element.x2), top: Math.min(element.y1, element.y2), bottom: Math.max(element.y1, element.y2) };
    case 'circle':
      return { left: element.x - element.radius, right: element.x + element.radius, top: element.y - element.radius, bottom: element.y + element.radius };
    case 'polygon': {
      const xs = element.points.map((point) => point[0]);
      const ys = element.points.map((point) => point[1]);
      return { left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) };
    }
  }
}

/** Every broken rule, as a readable line; an empty list means the layout is clean. */
export function layoutProblems(model: PdfDocumentModel): string[] {
  const problems: string[] = [];
  model.pages.forEach((page, pageIndex) => {
    const where = `page ${pageIndex + 1} (${page.section})`;
    const texts: PdfText[] = [];
    for (const element of page.elements) {
      if (element.kind === 'text') {
        texts.push(element);
        const box = textBox(element);
        if (element.width > element.maxWidth + TOLERANCE) problems.push(`${where}: "${element.text}" is ${element.width.toFixed(1)} wide in ${element.maxWidth.toFixed(1)}`);
        if (box.left < TEXT_MARGIN - TOLERANCE || box.right > page.width - TEXT_MARGIN + TOLERANCE) problems.push(`${where}: "${element.text}" leaves the margins`);
        if (box.top < 20 || box.bottom > page.height - 12) problems.push(`${where}: "${element.text}" is off the page vertically`);
        // eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
        if (/[\u0000-\u001f]/.test(element.text)) problems.push(`${where}: "${element.text}" holds a control character`);
        continue;
      }
      const bounds = shapeBounds(element);
      if (bounds.left < -TOLERANCE || bounds.right > page.width + TOLERANCE || bounds.top < -TOLERANCE || bounds.bottom > page.height + TOLERANCE) {
        problems.push(`${where}: a ${element.kind} leaves the page`);
      }
      if (Object.values(bounds).some((value) => !Number.isFinite(value))) problems.push(`${where}: a ${element.kind} has no finite position`);
    }
    for (let first = 0; first < texts.length; first += 1) {
      const a = texts[first];
      if (!a) continue;
      const boxA = textBox(a);
      for (let second = first + 1; second < texts.length; second += 1) {
        const b = texts[second];
        if (!b) continue;
        const boxB = textBox(b);
        const overlapX = Math.min(boxA.right, boxB.right) - Math.max(boxA.left, boxB.left);
        const overlapY = Math.min(boxA.bottom, boxB.bottom) - Math.max(boxA.top, boxB.top);
        if (overlapX > TOLERANCE && overlapY > TOLERANCE) problems.push(`${where}: "${a.text}" collides with "${b.text}"`);
      }
    }
  });
  return problems;
}
