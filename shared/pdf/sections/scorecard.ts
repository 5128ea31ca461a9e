import { measurementPeriodKind } from '../../domain/measurementPeriod';
import { FLAT_SHARE, TREND_WINDOW, type KpiScore } from '../../logic/scorecard';
import { SectionFlow, headingWithContinuation } from '../documentBuilder';
import type { PageCanvas } from '../pageCanvas';
import type { SectionContext } from '../sectionContext';
import { blocksCell, drawTable, textCell, type CellBox, type TableCell } from '../table';
import { COLOURS, LIGHT_COLOURS, TYPE } from '../theme';
import { formatKpiValue } from './shared';

/**
 * The scorecard: per KPI its target, latest value, traffic light (a coloured dot and the word) and
 * trend (a vector sparkline and the word), with one sentence saying how both are decided.
 */
export function buildScorecard(context: SectionContext): void {
  const { t, doc, facts, bundle } = context;
  const heading = t('pdf.sections.scorecard');
  const flow = new SectionFlow(doc, 'scorecard', 'portrait', heading, headingWithContinuation(t, heading));
  const intro = flow.canvas;
  intro.y += intro.paragraph(t('pdf.scorecard.note', { window: TREND_WINDOW, share: FLAT_SHARE * 100 }), intro.left, intro.y, intro.width, TYPE.small, {
    colour: COLOURS.muted,
    maxLines: 3,
  });
  intro.y += 8;
  if (facts.scores.length === 0) {
    intro.paragraph(t('pdf.scorecard.empty'), intro.left, intro.y, intro.width, TYPE.body, { colour: COLOURS.muted });
    return;
  }
  const objectiveTitle = new Map(bundle.records.finalObjectives.map((objective) => [objective.id, objective.title]));
  const columns = [
    { header: t('pdf.scorecard.kpi'), weight: 3 },
    { header: t('pdf.scorecard.target'), weight: 1.9 },
    { header: t('pdf.scorecard.latest'), weight: 1.4 },
    { header: t('pdf.scorecard.status'), weight: 1.2 },
    { header: t('pdf.scorecard.trend'), weight: 1.9 },
  ];
  const rows = facts.scores.map((score): TableCell[] => {
    const { kpi } = score;
    const objective = kpi.finalObjectiveId ? objectiveTitle.get(kpi.finalObjectiveId) : undefined;
    return [
      blocksCell([
        { text: kpi.name || context.t('pdf.untitled'), style: TYPE.cellBold, maxLines: 3 },
        { text: objective ? t('pdf.scorecard.objective', { title: objective }) : '', style: TYPE.small, colour: COLOURS.muted, maxLines: 2 },
      ]),
      blocksCell([
        { text: formatKpiValue(context, kpi.target, kpi.unit), maxLines: 2 },
        { text: t(`pdf.scorecard.direction.${kpi.direction}`), style: TYPE.small, colour: COLOURS.muted, maxLines: 2 },
        {
          text: t('pdf.scorecard.thresholds', { amber: context.format.number(kpi.amberThreshold), red: context.format.number(kpi.redThreshold) }),
          style: TYPE.small,
          colour: COLOURS.muted,
          maxLines: 2,
        },
      ]),
      score.latest
        ? blocksCell([
            { text: formatKpiValue(context, score.latest.value, kpi.unit), style: TYPE.cellBold, maxLines: 2 },
            { text: periodText(context, score.latest.period), style: TYPE.small, colour: COLOURS.muted, maxLines: 2 },
          ])
        : textCell(t('pdf.light.none'), { colour: COLOURS.muted }),
      lightCell(context, score),
      trendCell(context, score),
    ];
  });
  drawTable(flow, columns, rows, { zebra: false });
}

/** "Nov 2026", "Q1 2027", "Week 12, 2026": a period as people say it. */
function periodText(context: SectionContext, period: string): string {
  const { t, format } = context;
  const year = Number(period.slice(0, 4));
  switch (measurementPeriodKind(period)) {
    case 'month':
      return `${format.monthShort(year, Number(period.slice(5, 7)))} ${year}`;
    case 'quarter':
      return t('pdf.roadmap.quarter', { quarter: Number(period.slice(6, 7)), year });
    case 'week':
      return t('pdf.scorecard.week', { week: Number(period.slice(6, 8)), year });
    default:
      return period;
  }
}

function lightCell(context: SectionContext, score: KpiScore): TableCell {
  return {
    kind: 'custom',
    height: 14,
    draw: (canvas, box) => {
      const colours = LIGHT_COLOURS[score.light];
      canvas.circle(box.x + 5, box.y + 5.5, 5, { fill: colours.fill, stroke: colours.stroke, lineWidth: 0.7 });
      canvas.text(context.t(`pdf.light.${score.light}`), box.x + 14, box.y + 8.5, TYPE.cellBold, { maxWidth: box.width - 14 });
    },
  };
}

function trendCell(context: SectionContext, score: KpiScore): TableCell {
  return {
    kind: 'custom',
    height: 34,
    draw: (canvas, box) => {
      drawSparkline(canvas, score, { x: box.x, y: box.y, width: Math.min(box.width, 90), height: 18 });
      const word = context.t(`pdf.trend.${score.trend}`);
      const meaning = score.meaning === 'none' ? '' : ` (${context.t(`pdf.trendMeaning.${score.meaning}`)})`;
      canvas.text(`${word}${meaning}`, box.x, box.y + 28, TYPE.small, { maxWidth: box.width, colour: COLOURS.ink });
    },
  };
}

/** A year of monthly values; more would only be a smudge at this size. */
const SPARKLINE_POINTS = 12;

/** The values as a line over their own range; the target as a dotted line when it lies in view. */
function drawSparkline(canvas: PageCanvas, score: KpiScore, box: CellBox): void {
  const values = score.series.slice(-SPARKLINE_POINTS).map((measurement) => measurement.value);
  canvas.line(box.x, box.y + box.height, box.x + box.width, box.y + box.height, COLOURS.hairline, 0.5);
  if (values.length === 0) return;
  const low = Math.min(...values, score.kpi.target);
  const high = Math.max(...values, score.kpi.target);
  const span = high - low || Math.abs(high) || 1;
  const yOf = (value: number): number => box.y + box.height - ((value - low) / span) * box.height;
  const xOf = (index: number): number => (values.length === 1 ? box.x + box.width / 2 : box.x + (index / (values.length - 1)) * box.width);
  canvas.line(box.x, yOf(score.kpi.target), box.x + box.width, yOf(score.kpi.target), COLOURS.faint, 0.5, [1, 1.5]);
  if (values.length > 1) canvas.polygon(values.map((value, index) => [xOf(index), yOf(value)] as const), false, { stroke: COLOURS.accent, lineWidth: 1.1 });
  const last = values.length - 1;
  canvas.circle(xOf(last), yOf(values[last] ?? 0), 1.8, { fill: COLOURS.accent });
}
