import { SectionFlow, headingWithContinuation } from '../documentBuilder';
import type { SectionContext } from '../sectionContext';
import { drawTable, textCell } from '../table';
import { COLOURS, TYPE } from '../theme';

/** Who hears what, when, through which channel and from whom, in date order. */
export function buildCommunication(context: SectionContext): void {
  const { t, doc, bundle, format } = context;
  const heading = t('pdf.sections.communication');
  const flow = new SectionFlow(doc, 'communication', 'portrait', heading, headingWithContinuation(t, heading));
  const items = [...bundle.records.communicationItems].sort((left, right) => left.date.localeCompare(right.date) || left.order - right.order);
  if (items.length === 0) {
    const canvas = flow.canvas;
    canvas.paragraph(t('pdf.communication.empty'), canvas.left, canvas.y, canvas.width, TYPE.body, { colour: COLOURS.muted });
    return;
  }
  const columns = [
    { header: t('pdf.communication.date'), weight: 1.45 },
    { header: t('pdf.communication.audience'), weight: 1.8 },
    { header: t('pdf.communication.message'), weight: 4 },
    { header: t('pdf.communication.channel'), weight: 1.8 },
    { header: t('pdf.communication.owner'), weight: 1.5 },
    { header: t('pdf.communication.state'), weight: 1 },
  ];
  const rows = items.map((item) => [
    textCell(format.date(item.date), { maxLines: 2 }),
    textCell(item.audience || '–', { style: TYPE.cellBold, maxLines: 4 }),
    textCell(item.message || '–', { maxLines: 8 }),
    textCell(item.channel || '–', { maxLines: 6 }),
    textCell(item.owner || '–', { maxLines: 3 }),
    textCell(item.done ? t('pdf.communication.done') : t('pdf.communication.planned'), { colour: item.done ? COLOURS.ink : COLOURS.muted }),
  ]);
  drawTable(flow, columns, rows, { zebra: true });
}
