import type { Orientation, PdfElement, PdfPage, PdfSectionId, PdfText, Rgb, TextAlign } from './documentModel';
import { COLOURS, HEADER_HEIGHT, LINE_HEIGHT, MARGIN } from './theme';
import type { TextMeasurer, TextStyle } from './textMeasure';

/**
 * One page being laid out: a content box inside the margins, a flow cursor, and drawing helpers
 * that fit every text into the room it is given before it becomes part of the model.
 */

export interface TextOptions {
  colour?: Rgb;
  align?: TextAlign;
  /** The room for the text; it is cut with an ellipsis beyond it. */
  maxWidth: number;
}

export interface ParagraphOptions {
  colour?: Rgb;
  maxLines?: number;
  /** Multiple of the font size between baselines. */
  lineHeight?: number;
}

export interface ShapeStyle {
  fill?: Rgb | null;
  stroke?: Rgb | null;
  lineWidth?: number;
}

/** The footer band at the bottom of every page. */
export const FOOTER_SPACE = 46;

export class PageCanvas {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  /** The flow cursor: where the next block starts. */
  y: number;

  constructor(
    readonly page: PdfPage,
    readonly measure: TextMeasurer,
    withRunningHeader: boolean,
  ) {
    this.left = MARGIN.side;
    this.right = page.width - MARGIN.side;
    this.top = withRunningHeader ? MARGIN.top + HEADER_HEIGHT : MARGIN.top;
    this.bottom = page.height - FOOTER_SPACE;
    this.y = this.top;
  }

  get width(): number {
    return this.right - this.left;
  }

  get remaining(): number {
    return this.bottom - this.y;
  }

  private push(element: PdfElement): void {
    this.page.elements.push(element);
  }

  /** One line of text at a baseline; returns its measured width (0 when nothing is left to draw). */
  text(text: string, x: number, y: number, style: TextStyle, options: TextOptions): number {
    const fitted = this.measure.fit(text, options.maxWidth, style);
    if (fitted === '') return 0;
    const width = this.measure.width(fitted, style);
    const element: PdfText = {
      kind: 'text',
      text: fitted,
      x,
      y,
      size: style.size,
      weight: style.weight,
      colour: options.colour ?? COLOURS.ink,
      align: options.align ?? 'left',
      width,
      maxWidth: options.maxWidth,
    };
    this.push(element);
    return width;
  }

  /** The lines a paragraph would take and the height they need, without drawing them. */
  measureParagraph(text: string, maxWidth: number, style: TextStyle, options: ParagraphOptions = {}): { lines: string[]; height: number } {
    const lines = this.measure.wrap(text, maxWidth, style, options.maxLines);
    return { lines, height: lines.length * style.size * (options.lineHeight ?? LINE_HEIGHT) };
  }

  /**
   * Wrapped text whose first line's top is at `top`; returns the height used. The baseline of each
   * line sits about 0.8 of the font size below the line's top, the cap height of Inter.
   */
  paragraph(text: string, x: number, top: number, maxWidth: number, style: TextStyle, options: ParagraphOptions = {}): number {
    const { lines, height } = this.measureParagraph(text, maxWidth, style, options);
    const step = style.size * (options.lineHeight ?? LINE_HEIGHT);
    lines.forEach((line, index) => {
      this.text(line, x, top + index * step + style.size * 0.95, style, { maxWidth, ...(options.colour ? { colour: options.colour } : {}) });
    });
    return height;
  }

  rect(x: number, y: number, width: number, height: number, style: ShapeStyle & { radius?: number; dash?: readonly number[] }): void {
    this.push({
      kind: 'rect',
      x,
      y,
      width: Math.max(0, width),
      height: Math.max(0, height),
      fill: style.fill ?? null,
      stroke: style.stroke ?? null,
      lineWidth: style.lineWidth ?? 0.5,
      radius: style.radius ?? 0,
      dash: style.dash ?? [],
    });
  }

  line(x1: number, y1: number, x2: number, y2: number, colour: Rgb, lineWidth = 0.5, dash: readonly number[] = []): void {
    this.push({ kind: 'line', x1, y1, x2, y2, colour, lineWidth, dash });
  }

  polygon(points: readonly (readonly [number, number])[], closed: boolean, style: ShapeStyle): void {
    if (points.length < 2) return;
    this.push({ kind: 'polygon', points, closed, fill: closed ? (style.fill ?? null) : null, stroke: style.stroke ?? null, lineWidth: style.lineWidth ?? 0.5 });
  }

  circle(x: number, y: number, radius: number, style: ShapeStyle): void {
    this.push({ kind: 'circle', x, y, radius, fill: style.fill ?? null, stroke: style.stroke ?? null, lineWidth: style.lineWidth ?? 0.5 });
  }

  /** A diamond (a milestone) centred on x, y. */
  diamond(x: number, y: number, half: number, style: ShapeStyle): void {
    this.polygon(
      [
        [x, y - half],
        [x + half, y],
        [x, y + half],
        [x - half, y],
      ],
      true,
      style,
    );
  }
}

export function createPage(section: PdfSectionId, orientation: Orientation, size: { width: number; height: number }): PdfPage {
  return { section, orientation, width: size.width, height: size.height, elements: [] };
}
