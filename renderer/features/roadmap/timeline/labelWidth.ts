import type { TimelineSizes } from './timelineGeometry';

/** The bar labels' font size in rem (var(--text-xs)); projectors scale the root size up. */
const LABEL_REM = 0.8125;
const LABEL_WEIGHT = 600;
const cache = new Map<string, number>();

/**
 * Measures bar labels with their own font (a canvas measures text without touching the page's
 * layout), so each row keeps exactly the room its labels need. The font is read once per call of
 * this function; widths are remembered per font and title. Falls back to an estimate without a canvas.
 */
export function createLabelMeasure(sizes: TimelineSizes): (title: string, withIcon: boolean) => number {
  const measuring = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  const root = measuring ? parseFloat(getComputedStyle(document.documentElement).fontSize) || 16 : 16;
  const font = measuring ? `${LABEL_WEIGHT} ${LABEL_REM * root}px ${getComputedStyle(document.body).fontFamily}` : '';
  if (measuring) measuring.font = font;
  return (title, withIcon) => {
    const key = `${font}\u0000${title}`;
    let text = cache.get(key);
    if (text === undefined) {
      text = measuring ? measuring.measureText(title).width : title.length * 7.8;
      cache.set(key, text);
    }
    const icon = withIcon ? sizes.labelIconWidth : 0;
    return Math.min(sizes.maxLabelWidth, Math.ceil(text) + icon + 4);
  };
}
