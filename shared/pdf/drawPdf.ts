import type { Orientation, PdfDocumentModel, PdfElement, PdfPage, Rgb } from './documentModel';

/**
 * Copies the laid-out model onto jsPDF pages: vector text in the embedded Inter family and vector
 * shapes, nothing rasterised. shared/ may not import jsPDF (the renderer loads it lazily, in a
 * worker), so the caller passes a factory and this file relies only on the methods listed below.
 */

/** The part of jsPDF's API the drawer uses; a jsPDF instance satisfies it. */
export interface JsPdfLike {
  addFileToVFS(fileName: string, content: string): unknown;
  addFont(postScriptName: string, id: string, fontStyle: string): unknown;
  addPage(format: string, orientation: 'portrait' | 'landscape'): unknown;
  setProperties(properties: { title?: string; subject?: string; author?: string; creator?: string }): unknown;
  setFont(fontName: string, fontStyle?: string): unknown;
  setFontSize(size: number): unknown;
  setTextColor(red: number, green: number, blue: number): unknown;
  setDrawColor(red: number, green: number, blue: number): unknown;
  setFillColor(red: number, green: number, blue: number): unknown;
  setLineWidth(width: number): unknown;
  setLineDashPattern(dashArray: number[], dashPhase: number): unknown;
  text(text: string, x: number, y: number): unknown;
  rect(x: number, y: number, width: number, height: number, style?: string | null): unknown;
  roundedRect(x: number, y: number, width: number, height: number, rx: number, ry: number, style?: string | null): unknown;
  line(x1: number, y1: number, x2: number, y2: number, style?: string | null): unknown;
  lines(lines: number[][], x: number, y: number, scale?: number[], style?: string | null, closed?: boolean): unknown;
  circle(x: number, y: number, radius: number, style?: string | null): unknown;
  output(type: 'arraybuffer'): ArrayBuffer;
}

export interface JsPdfOptions {
  orientation: Orientation;
  unit: 'pt';
  format: string;
  compress: boolean;
  putOnlyUsedFonts: boolean;
}

export type JsPdfFactory = (options: JsPdfOptions) => JsPdfLike;

/** The TTF files of the family, regular and bold. */
export interface PdfFontFiles {
  regular: Uint8Array;
  bold: Uint8Array;
}

export const PDF_FONT_FAMILY = 'Inter';

/** jsPDF reads a font from its virtual file system as a "binary string" (one char per byte). */
export function toBinaryString(bytes: Uint8Array): string {
  const chunk = 0x8000;
  let text = '';
  for (let offset = 0; offset < bytes.length; offset += chunk) {
    text += String.fromCharCode(...bytes.subarray(offset, offset + chunk));
  }
  return text;
}

/** Avoids repeating state changes jsPDF would write into the page stream for every element. */
class GraphicsState {
  private font = '';
  private size = 0;
  private textColour = '';
  private drawColour = '';
  private fillColour = '';
  private lineWidth = -1;
  private dash = '';

  constructor(private readonly pdf: JsPdfLike) {}

  /** A new page starts with jsPDF's defaults again. */
  reset(): void {
    this.font = '';
    this.size = 0;
    this.textColour = '';
    this.drawColour = '';
    this.fillColour = '';
    this.lineWidth = -1;
    this.dash = '';
  }

  text(weight: 'regular' | 'bold', size: number, colour: Rgb): void {
    const font = weight === 'bold' ? 'bold' : 'normal';
    if (font !== this.font) this.pdf.setFont(PDF_FONT_FAMILY, font);
    if (size !== this.size) this.pdf.setFontSize(size);
    const key = colour.join(',');
    if (key !== this.textColour) this.pdf.setTextColor(colour[0], colour[1], colour[2]);
    this.font = font;
    this.size = size;
    this.textColour = key;
  }

  stroke(colour: Rgb, width: number, dash: readonly number[]): void {
    const key = colour.join(',');
    if (key !== this.drawColour) this.pdf.setDrawColor(colour[0], colour[1], colour[2]);
    if (width !== this.lineWidth) this.pdf.setLineWidth(width);
    const dashKey = dash.join(',');
    if (dashKey !== this.dash) this.pdf.setLineDashPattern([...dash], 0);
    this.drawColour = key;
    this.lineWidth = width;
    this.dash = dashKey;
  }

  /** PDF text is painted with the fill colour, so jsPDF's text colour replaces the fill colour too. */
  textDrawn(): void {
    this.fillColour = '';
  }

  fill(colour: Rgb): void {
    const key = colour.join(',');
    if (key !== this.fillColour) this.pdf.setFillColor(colour[0], colour[1], colour[2]);
    this.fillColour = key;
  }
}

function paintStyle(state: GraphicsState, fill: Rgb | null, stroke: Rgb | null, lineWidth: number, dash: readonly number[] = []): string | null {
  if (fill) state.fill(fill);
  if (stroke) state.stroke(stroke, lineWidth, dash);
  if (fill && stroke) return 'FD';
  if (fill) return 'F';
  if (stroke) return 'S';
  return null;
}

function drawElement(pdf: JsPdfLike, state: GraphicsState, element: PdfElement): void {
  switch (element.kind) {
    case 'text': {
      if (element.text === '') return;
      state.text(element.weight, element.size, element.colour);
      // Alignment uses the model's own measurement, so it matches the wrapping decisions exactly.
      const left = element.align === 'center' ? element.x - element.width / 2 : element.align === 'right' ? element.x - element.width : element.x;
      pdf.text(element.text, left, element.y);
      state.textDrawn();
      return;
    }
    case 'rect': {
      const style = paintStyle(state, element.fill, element.stroke, element.lineWidth, element.dash);
      if (!style || element.width <= 0 || element.height <= 0) return;
      if (element.radius > 0) pdf.roundedRect(element.x, element.y, element.width, element.height, element.radius, element.radius, style);
      else pdf.rect(element.x, element.y, element.width, element.height, style);
      return;
    }
    case 'line':
      state.stroke(element.colour, element.lineWidth, element.dash);
      pdf.line(element.x1, element.y1, element.x2, element.y2, 'S');
      return;
    case 'polygon': {
      const [first, ...rest] = element.points;
      if (!first) return;
      const style = paintStyle(state, element.fill, element.stroke, element.lineWidth);
      if (!style) return;
      let previous = first;
      const segments = rest.map((point) => {
        const segment = [point[0] - previous[0], point[1] - previous[1]];
        previous = point;
        return segment;
      });
      pdf.lines(segments, first[0], first[1], [1, 1], style, element.closed);
      return;
    }
    case 'circle': {
      const style = paintStyle(state, element.fill, element.stroke, element.lineWidth);
      if (style) pdf.circle(element.x, element.y, element.radius, style);
      return;
    }
  }
}

/** Called after each page is drawn. */
export type PageProgress = (page: PdfPage, index: number, count: number) => void;

export function drawPdf(model: PdfDocumentModel, fonts: PdfFontFiles, createPdf: JsPdfFactory, onPage?: PageProgress): Uint8Array {
  const [firstPage] = model.pages;
  const pdf = createPdf({
    orientation: firstPage?.orientation ?? 'portrait',
    unit: 'pt',
    format: model.paperSize,
    compress: true,
    // Only the embedded family goes into the file, never jsPDF's unembedded standard fonts.
    putOnlyUsedFonts: true,
  });
  pdf.addFileToVFS('Inter-Regular.ttf', toBinaryString(fonts.regular));
  pdf.addFont('Inter-Regular.ttf', PDF_FONT_FAMILY, 'normal');
  pdf.addFileToVFS('Inter-Bold.ttf', toBinaryString(fonts.bold));
  pdf.addFont('Inter-Bold.ttf', PDF_FONT_FAMILY, 'bold');
  pdf.setProperties({ title: model.title, subject: model.subject, author: model.author, creator: 'DSRS Studio' });

  const state = new GraphicsState(pdf);
  model.pages.forEach((page, index) => {
    if (index > 0) pdf.addPage(model.paperSize, page.orientation);
    state.reset();
    for (const element of page.elements) drawElement(pdf, state, element);
    onPage?.(page, index, model.pages.length);
  });
  return new Uint8Array(pdf.output('arraybuffer'));
}
