import { OBJECTIVE_CHECKS, type FinalObjective } from '../../domain/finalObjective';
import { SectionFlow, headingWithContinuation } from '../documentBuilder';
import type { SectionContext } from '../sectionContext';
import { blocksCell, drawTable, textCell, type TableCell } from '../table';
import { COLOURS, TYPE } from '../theme';
import { formatKpiValue, sortedObjectives } from './shared';

/** The reformulated objectives with what the board holds people to: metric, target, deadline, owner. */
export function buildObjectives(context: SectionContext): void {
  const { t, doc, bundle } = context;
  const heading = t('pdf.sections.objectives');
  const flow = new SectionFlow(doc, 'objectives', 'portrait', heading, headingWithContinuation(t, heading));
  const objectives = sortedObjectives(bundle.records.finalObjectives);
  if (objectives.length === 0) {
    const canvas = flow.canvas;
    canvas.y += canvas.paragraph(t('pdf.objectives.empty'), canvas.left, canvas.y, canvas.width, TYPE.body, { colour: COLOURS.muted });
    return;
  }
  const columns = [
    { header: t('pdf.objectives.number'), weight: 0.4 },
    { header: t('pdf.objectives.objective'), weight: 3.9 },
    { header: t('pdf.objectives.baselineTarget'), weight: 1.7 },
    { header: t('pdf.objectives.deadline'), weight: 1.2 },
    { header: t('pdf.objectives.owner'), weight: 1.4 },
    { header: t('pdf.objectives.checks'), weight: 2 },
  ];
  const rows = objectives.map((objective, index) => objectiveRow(context, objective, index));
  drawTable(flow, columns, rows, { zebra: true });
}

function objectiveRow(context: SectionContext, objective: FinalObjective, index: number): TableCell[] {
  const { t, format } = context;
  const reserve = objective.reservePlan;
  const reserveText =
    reserve.targetCustomer.trim() && reserve.replacementCustomer.trim()
      ? t('pdf.objectives.reserve', { target: reserve.targetCustomer.trim(), replacement: reserve.replacementCustomer.trim() })
      : '';
  const original = objective.originalText.trim() ? t('pdf.objectives.originally', { text: objective.originalText.trim() }) : '';
  const findings = objective.findingIds.length > 0 ? t('pdf.objectives.findings', { count: objective.findingIds.length }) : '';
  const target = objective.target === null ? '–' : formatKpiValue(context, objective.target, objective.unit);
  const baseline = objective.baseline === null ? '' : formatKpiValue(context, objective.baseline, objective.unit);
  const checks = OBJECTIVE_CHECKS.map((name) => {
    const ok = objective.checks[name].ok;
    const value = ok === null ? t('pdf.objectives.checkValue.open') : ok ? t('pdf.objectives.checkValue.yes') : t('pdf.objectives.checkValue.no');
    return { text: `${t(`pdf.objectives.check.${name}`)}: ${value}`, style: TYPE.small, colour: ok === false ? COLOURS.today : COLOURS.ink, maxLines: 2 };
  });
  return [
    textCell(String(index + 1), { style: TYPE.cellBold }),
    blocksCell([
      { text: objective.title || t('pdf.untitled'), style: TYPE.cellBold, maxLines: 4 },
      { text: objective.metric, style: TYPE.small, colour: COLOURS.muted, maxLines: 2 },
      { text: original, style: TYPE.small, colour: COLOURS.muted, maxLines: 3 },
      { text: reserveText, style: TYPE.small, colour: COLOURS.muted, maxLines: 3 },
      { text: findings, style: TYPE.small, colour: COLOURS.muted, maxLines: 1 },
    ]),
    blocksCell([
      { text: baseline ? `${baseline} →` : '', style: TYPE.small, colour: COLOURS.muted, maxLines: 2 },
      { text: target, style: TYPE.cellBold, maxLines: 2 },
    ]),
    textCell(objective.deadline ? format.date(objective.deadline) : '–', { maxLines: 2 }),
    textCell(objective.owner.trim() || '–', { maxLines: 3 }),
    blocksCell(checks),
  ];
}
