import type { PaperSize } from '../domain/workshop';
import type { FontWeight } from './textMeasure';

/**
 * The roadmap document as data: pages of positioned shapes and single lines of text, in points from
 * the top-left corner of the page. Everything is measured and cut to fit when the model is built, so
 * the drawer only copies shapes onto jsPDF pages and tests can check the layout without a PDF.
 */

export const PDF_SECTIONS = ['cover', 'summary', 'objectives', 'roadmap', 'scorecard', 'posters', 'communication', 'traceability'] as const;
export type PdfSectionId = (typeof PDF_SECTIONS)[number];

/** Red, green, blue, each 0–255. */
export type Rgb = readonly [number, number, number];

export type TextAlign = 'left' | 'center' | 'right';

export interface PdfText {
  kind: 'text';
  /** One line, already fitted: never wider than maxWidth. */
  text: string;
  /** The anchor: the left edge, the middle or the right edge, as align says. */
  x: number;
  /** The baseline. */
  y: number;
  size: number;
  weight: FontWeight;
  colour: Rgb;
  align: TextAlign;
  /** Measured width of the text in points. */
  width: number;
  /** The room the text was fitted into. */
  maxWidth: number;
}

export interface PdfRect {
  kind: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  fill: Rgb | null;
  stroke: Rgb | null;
  lineWidth: number;
  radius: number;
  /** Dash and gap lengths of the outline; empty for a solid one. */
  dash: readonly number[];
}

export interface PdfLine {
  kind: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  colour: Rgb;
  lineWidth: number;
  /** Dash and gap lengths in points; empty for a solid line. */
  dash: readonly number[];
}

export interface PdfPolygon {
  kind: 'polygon';
  points: readonly (readonly [number, number])[];
  /** An open polyline (a sparkline) is not closed and has no fill. */
  closed: boolean;
  fill: Rgb | null;
  stroke: Rgb | null;
  lineWidth: number;
}

export interface PdfCircle {
  kind: 'circle';
  x: number;
  y: number;
  radius: number;
  fill: Rgb | null;
  stroke: Rgb | null;
  lineWidth: number;
}

export type PdfElement = PdfText | PdfRect | PdfLine | PdfPolygon | PdfCircle;

export type Orientation = 'portrait' | 'landscape';

export interface PdfPage {
  section: PdfSectionId;
  orientation: Orientation;
  width: number;
  height: number;
  elements: PdfElement[];
}

export interface PdfDocumentModel {
  paperSize: PaperSize;
  title: string;
  author: string;
  subject: string;
  language: string;
  pages: PdfPage[];
}

/** Page sizes in points (1/72 inch), portrait. */
export const PAGE_SIZES: Readonly<Record<PaperSize, { width: number; height: number }>> = {
  a4: { width: 595.28, height: 841.89 },
  letter: { width: 612, height: 792 },
};

export function pageDimensions(paperSize: PaperSize, orientation: Orientation): { width: number; height: number } {
  const size = PAGE_SIZES[paperSize];
  return orientation === 'portrait' ? { ...size } : { width: size.height, height: size.width };
}
