import type { PaperSize } from '../domain/workshop';
import { pageDimensions, type Orientation, type PdfPage, type PdfSectionId } from './documentModel';
import type { PdfMessages } from './messages';
import { createPage, PageCanvas } from './pageCanvas';
import { COLOURS, MARGIN, TYPE } from './theme';
import type { TextMeasurer } from './textMeasure';

/**
 * Collects the pages of the document. Sections ask it for pages; it draws the running header and the
 * section heading on each, and at the end the footer with the page number, the date and the
 * confidentiality notice, once the page count is known.
 */
export class DocumentBuilder {
  readonly pages: PdfPage[] = [];
  private readonly canvases: PageCanvas[] = [];

  constructor(
    readonly paperSize: PaperSize,
    readonly measure: TextMeasurer,
    private readonly runningHeader: string,
  ) {}

  /** A page with no running header and no heading (the cover). */
  bareCanvas(section: PdfSectionId, orientation: Orientation): PageCanvas {
    const page = createPage(section, orientation, pageDimensions(this.paperSize, orientation));
    const canvas = new PageCanvas(page, this.measure, false);
    this.pages.push(page);
    this.canvases.push(canvas);
    return canvas;
  }

  /** A content page with the running header and a section heading; the cursor starts below the heading. */
  sectionCanvas(section: PdfSectionId, orientation: Orientation, heading: string): PageCanvas {
    const page = createPage(section, orientation, pageDimensions(this.paperSize, orientation));
    const canvas = new PageCanvas(page, this.measure, true);
    const headerBaseline = MARGIN.top + 4;
    canvas.text(this.runningHeader, canvas.left, headerBaseline, TYPE.small, { colour: COLOURS.muted, maxWidth: canvas.width });
    canvas.line(canvas.left, headerBaseline + 7, canvas.right, headerBaseline + 7, COLOURS.rule, 0.5);
    canvas.text(heading, canvas.left, canvas.top + TYPE.title.size, TYPE.title, { maxWidth: canvas.width });
    canvas.y = canvas.top + TYPE.title.size + 14;
    this.pages.push(page);
    this.canvases.push(canvas);
    return canvas;
  }

  /** Writes the footer on every page; call once, after the last section. */
  addFooters(t: PdfMessages, dateText: string, confidentiality: string): void {
    const total = this.pages.length;
    this.canvases.forEach((canvas, index) => {
      const baseline = canvas.page.height - MARGIN.bottom + 18;
      canvas.line(canvas.left, baseline - 11, canvas.right, baseline - 11, COLOURS.rule, 0.5);
      // The page number and date go right and always fit; the notice takes the rest of the line.
      const pageText = `${dateText} · ${t('pdf.footer.page', { page: index + 1, total })}`;
      const pageWidth = canvas.text(pageText, canvas.right, baseline, TYPE.small, { colour: COLOURS.muted, align: 'right', maxWidth: canvas.width / 2 });
      canvas.text(confidentiality, canvas.left, baseline, TYPE.small, { colour: COLOURS.muted, maxWidth: canvas.width - pageWidth - 24 });
    });
  }
}

/**
 * A section that flows over as many pages as it needs: `ensure` starts a new page, headed
 * "… (continued)", when the next block would not fit above the footer.
 */
export class SectionFlow {
  private current: PageCanvas;
  private pageCount = 1;

  constructor(
    private readonly doc: DocumentBuilder,
    private readonly section: PdfSectionId,
    private readonly orientation: Orientation,
    private readonly heading: string,
    private readonly continuedHeading: string,
  ) {
    this.current = doc.sectionCanvas(section, orientation, heading);
  }

  get canvas(): PageCanvas {
    return this.current;
  }

  get pagesUsed(): number {
    return this.pageCount;
  }

  /** Room for a block of `height` points, on this page or a new one. */
  ensure(height: number): PageCanvas {
    if (this.current.y + height > this.current.bottom && this.current.y > this.current.top + 40) this.newPage();
    return this.current;
  }

  newPage(): PageCanvas {
    this.current = this.doc.sectionCanvas(this.section, this.orientation, this.continuedHeading);
    this.pageCount += 1;
    return this.current;
  }
}

/** The heading of a section's second and later pages. */
export function headingWithContinuation(t: PdfMessages, heading: string): string {
  return t('pdf.continued', { title: heading });
}
