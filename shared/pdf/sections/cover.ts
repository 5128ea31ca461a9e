import type { PdfSectionId } from '../documentModel';
import type { SectionContext } from '../sectionContext';
import { COLOURS, LINE_HEIGHT, TYPE } from '../theme';

/**
 * The cover: who it is for (client), what it is (the workshop), when and by whom, and that it is
 * confidential. The contents list is filled in last, when the page of every section is known.
 */

export interface CoverContents {
  /** Draws the contents list once the first page of every other section is known. */
  finish(sectionStarts: ReadonlyMap<PdfSectionId, number>): void;
}

export function buildCover(context: SectionContext): CoverContents {
  const { workshop, t, format, doc } = context;
  const canvas = doc.bareCanvas('cover', 'portrait');
  const { left, width } = canvas;

  canvas.rect(0, 0, canvas.page.width, 10, { fill: COLOURS.accent });
  let y = canvas.page.height * 0.2;
  canvas.text(t('pdf.cover.kicker').toUpperCase(), left, y, TYPE.smallBold, { colour: COLOURS.accent, maxWidth: width });
  y += 14;
  const client = workshop.clientCompany.trim() || t('pdf.cover.noClient');
  y += canvas.paragraph(client, left, y, width, TYPE.display, { maxLines: 3, lineHeight: 1.15 });
  y += 8;
  const title = workshop.title.trim() || t('pdf.cover.noTitle');
  y += canvas.paragraph(title, left, y, width, { size: 16, weight: 'regular' }, { maxLines: 3, colour: COLOURS.muted, lineHeight: 1.25 });
  y += 18;
  canvas.line(left, y, left + width, y, COLOURS.rule, 0.75);
  y += 16;

  const details: [string, string][] = [
    [t('pdf.cover.workshopDate'), format.longDate(workshop.date)],
    [t('pdf.cover.facilitator'), workshop.facilitator.trim() || t('pdf.cover.notGiven')],
    [t('pdf.cover.prepared'), format.longDate(context.today)],
  ];
  const labelWidth = 110;
  for (const [label, value] of details) {
    canvas.text(label, left, y + TYPE.body.size, TYPE.body, { colour: COLOURS.muted, maxWidth: labelWidth - 8 });
    y += canvas.paragraph(value, left + labelWidth, y, width - labelWidth, TYPE.bodyBold, { maxLines: 2 }) + 6;
  }

  const contentsTop = y + 24;
  const noticeHeight = 46;
  const noticeTop = canvas.bottom - noticeHeight;
  canvas.rect(left, noticeTop, width, noticeHeight, { fill: COLOURS.band, stroke: COLOURS.rule, radius: 4 });
  canvas.text(t('pdf.confidential').toUpperCase(), left + 12, noticeTop + 16, TYPE.smallBold, { colour: COLOURS.ink, maxWidth: width - 24 });
  const notice = workshop.clientCompany.trim() ? t('pdf.cover.confidentialNotice', { client }) : t('pdf.cover.confidentialNoticeNoClient');
  canvas.paragraph(notice, left + 12, noticeTop + 22, width - 24, TYPE.small, { maxLines: 2, colour: COLOURS.muted });

  return {
    finish(sectionStarts) {
      const entries = [...sectionStarts.entries()].filter(([section]) => section !== 'cover');
      if (entries.length === 0) return;
      const lineStep = TYPE.body.size * LINE_HEIGHT + 4;
      const room = Math.floor((noticeTop - 16 - contentsTop - 18) / lineStep);
      canvas.text(t('pdf.cover.contents'), left, contentsTop + TYPE.heading.size, TYPE.heading, { maxWidth: width });
      let line = contentsTop + TYPE.heading.size + 8;
      for (const [section, page] of entries.slice(0, Math.max(0, room))) {
        line += lineStep;
        const pageText = String(page);
        const pageWidth = canvas.text(pageText, left + width, line, TYPE.body, { align: 'right', maxWidth: 40 });
        canvas.text(t(`pdf.sections.${section}`), left, line, TYPE.body, { maxWidth: width - pageWidth - 16 });
        canvas.line(left, line + 4, left + width, line + 4, COLOURS.hairline, 0.5);
      }
    },
  };
}
