import { INITIATIVE_STATUSES, type Initiative } from '../../domain/initiative';
import type { Milestone } from '../../domain/milestone';
import { dayNumber } from '../../logic/roadmapLayout';
import type { FinalObjective } from '../../domain/finalObjective';
import type { KpiScore, TrafficLight } from '../../logic/scorecard';
import type { PageCanvas } from '../pageCanvas';
import type { SectionContext } from '../sectionContext';
import { COLOURS, INITIATIVE_STATUS_STYLES, LIGHT_COLOURS, LINE_HEIGHT, TYPE } from '../theme';
import { formatKpiValue, objectiveTargetText, sortedObjectives, statusLabel } from './shared';

/**
 * One page a board member reads first: the objectives, where the initiatives stand, what is at risk
 * and how the scorecard looks. Every list is capped ("…and 3 more") so the page never overflows.
 */

interface Risk {
  kind: 'initiative' | 'milestone';
  title: string;
  detail: string;
  severity: 'red' | 'amber';
}

export function buildSummary(context: SectionContext): void {
  const { t, doc } = context;
  const canvas = doc.sectionCanvas('summary', 'portrait', t('pdf.sections.summary'));
  overview(context, canvas);
  const objectives = sortedObjectives(context.bundle.records.finalObjectives);
  const risks = collectRisks(context);
  const attention = context.facts.scores
    .filter((score) => score.light === 'red' || score.light === 'amber')
    .sort((left, right) => Number(left.light !== 'red') - Number(right.light !== 'red'));
  const fixed = 4 * HEADING_HEIGHT + STATUS_HEIGHT + LIGHT_COUNTS_HEIGHT;
  const caps = shareThePage(canvas.bottom - canvas.y - fixed, [
    { count: objectives.length, itemHeight: OBJECTIVE_HEIGHT },
    { count: risks.length, itemHeight: RISK_HEIGHT },
    { count: attention.length, itemHeight: KPI_LINE_HEIGHT },
  ]);
  objectivesBlock(context, canvas, objectives, caps[0] ?? 1);
  statusBlock(context, canvas);
  risksBlock(context, canvas, risks, caps[1] ?? 1);
  scorecardBlock(context, canvas, attention, caps[2] ?? 0);
}

const HEADING_HEIGHT = 10 + TYPE.heading.size + 4 + 6;
const OBJECTIVE_HEIGHT = TYPE.bodyBold.size * LINE_HEIGHT + TYPE.small.size * LINE_HEIGHT + 5;
const RISK_HEIGHT = TYPE.bodyBold.size * LINE_HEIGHT + TYPE.small.size * LINE_HEIGHT * 2 + 6;
const KPI_LINE_HEIGHT = TYPE.small.size * LINE_HEIGHT + 2;
const MORE_HEIGHT = TYPE.small.size * LINE_HEIGHT + 2;
const EMPTY_HEIGHT = TYPE.body.size * LINE_HEIGHT * 2;
const STATUS_HEIGHT = 42 + 8 + TYPE.small.size * LINE_HEIGHT * 2;
const LIGHT_COUNTS_HEIGHT = 18;

interface ListNeed {
  count: number;
  itemHeight: number;
}

/**
 * How many items of each list the page shows: all of them when they fit, otherwise the longest list
 * gives up items first (each keeps at least one), and a cut list needs a line for "…and N more".
 */
export function shareThePage(available: number, lists: readonly ListNeed[]): number[] {
  const caps = lists.map((list) => list.count);
  const height = (): number =>
    lists.reduce((sum, list, index) => {
      const cap = caps[index] ?? 0;
      if (list.count === 0) return sum + EMPTY_HEIGHT;
      return sum + cap * list.itemHeight + (cap < list.count ? MORE_HEIGHT : 0);
    }, 0);
  while (height() > available) {
    let longest = -1;
    lists.forEach((list, index) => {
      const cap = caps[index] ?? 0;
      if (cap > 1 && (longest === -1 || cap * list.itemHeight > (caps[longest] ?? 0) * (lists[longest]?.itemHeight ?? 0))) longest = index;
    });
    if (longest === -1) break;
    caps[longest] = (caps[longest] ?? 1) - 1;
  }
  return caps;
}

function heading(canvas: PageCanvas, text: string): void {
  canvas.y += 10;
  canvas.text(text, canvas.left, canvas.y + TYPE.heading.size, TYPE.heading, { maxWidth: canvas.width });
  canvas.y += TYPE.heading.size + 4;
  canvas.line(canvas.left, canvas.y, canvas.right, canvas.y, COLOURS.rule, 0.5);
  canvas.y += 6;
}

function overview(context: SectionContext, canvas: PageCanvas): void {
  const { t, format, facts, bundle } = context;
  const workstreams = new Set(facts.initiatives.map((initiative) => initiative.workstream.trim())).size;
  const budget = facts.initiatives.reduce((sum, initiative) => sum + initiative.budget, 0);
  const text = t('pdf.summary.overview', {
    objectives: bundle.records.finalObjectives.length,
    initiatives: facts.initiatives.length,
    workstreams,
    budget: format.money(budget),
  });
  canvas.y += canvas.paragraph(text, canvas.left, canvas.y, canvas.width, TYPE.body, { maxLines: 2, colour: COLOURS.muted });
  const starts = facts.initiatives.map((initiative) => initiative.start).filter((date) => dayNumber(date) !== null).sort();
  const ends = facts.initiatives.map((initiative) => initiative.end).filter((date) => dayNumber(date) !== null).sort();
  const first = starts[0];
  const last = ends.at(-1);
  if (first !== undefined && last !== undefined) {
    const period = t('pdf.summary.period', { start: format.date(first), end: format.date(last) });
    canvas.y += canvas.paragraph(period, canvas.left, canvas.y + 2, canvas.width, TYPE.body, { maxLines: 1, colour: COLOURS.muted }) + 2;
  }
}

function objectivesBlock(context: SectionContext, canvas: PageCanvas, objectives: readonly FinalObjective[], maxItems: number): void {
  const { t } = context;
  heading(canvas, t('pdf.summary.objectives'));
  if (objectives.length === 0) {
    canvas.y += canvas.paragraph(t('pdf.summary.noObjectives'), canvas.left, canvas.y, canvas.width, TYPE.body, { colour: COLOURS.muted });
    return;
  }
  const shown = objectives.slice(0, maxItems);
  for (const objective of shown) {
    canvas.circle(canvas.left + 3, canvas.y + TYPE.bodyBold.size * 0.6, 1.6, { fill: COLOURS.accent });
    canvas.text(objective.title || t('pdf.untitled'), canvas.left + 10, canvas.y + TYPE.bodyBold.size, TYPE.bodyBold, { maxWidth: canvas.width - 10 });
    canvas.y += TYPE.bodyBold.size * LINE_HEIGHT;
    canvas.text(objectiveTargetText(context, objective), canvas.left + 10, canvas.y + TYPE.small.size, TYPE.small, {
      colour: COLOURS.muted,
      maxWidth: canvas.width - 10,
    });
    canvas.y += TYPE.small.size * LINE_HEIGHT + 5;
  }
  if (shown.length < objectives.length) moreLine(canvas, t('pdf.summary.moreObjectives', { count: objectives.length - shown.length }));
}

function moreLine(canvas: PageCanvas, text: string): void {
  canvas.text(text, canvas.left + 10, canvas.y + TYPE.small.size, TYPE.small, { colour: COLOURS.muted, maxWidth: canvas.width - 10 });
  canvas.y += TYPE.small.size * LINE_HEIGHT + 2;
}

function statusBlock(context: SectionContext, canvas: PageCanvas): void {
  const { t, facts } = context;
  heading(canvas, t('pdf.summary.initiatives'));
  const gap = 6;
  const boxWidth = (canvas.width - gap * (INITIATIVE_STATUSES.length - 1)) / INITIATIVE_STATUSES.length;
  const boxHeight = 42;
  INITIATIVE_STATUSES.forEach((status, index) => {
    const x = canvas.left + index * (boxWidth + gap);
    const count = facts.initiatives.filter((initiative) => initiative.status === status).length;
    const style = INITIATIVE_STATUS_STYLES[status];
    canvas.rect(x, canvas.y, boxWidth, boxHeight, { fill: COLOURS.band, stroke: COLOURS.rule, radius: 3 });
    canvas.rect(x, canvas.y, 5, boxHeight, { fill: style.fill, stroke: style.stroke, lineWidth: 0.5 });
    canvas.text(String(count), x + 12, canvas.y + 20, { size: 16, weight: 'bold' }, { maxWidth: boxWidth - 16 });
    canvas.text(statusLabel(t, status), x + 12, canvas.y + 34, TYPE.small, { colour: COLOURS.muted, maxWidth: boxWidth - 16 });
  });
  canvas.y += boxHeight + 8;
  const rag = { green: 0, amber: 0, red: 0, none: 0 };
  for (const initiative of facts.initiatives) rag[facts.latestUpdate.get(initiative.id)?.rag ?? 'none'] += 1;
  canvas.y += canvas.paragraph(t('pdf.summary.latestReports', rag), canvas.left, canvas.y, canvas.width, TYPE.small, { maxLines: 2, colour: COLOURS.muted });
}

function collectRisks(context: SectionContext): Risk[] {
  const { t, facts, format, today } = context;
  const initiativeRisks = facts.initiatives
    .map((initiative) => ({ initiative, update: facts.latestUpdate.get(initiative.id) }))
    .filter(({ initiative, update }) => initiative.status === 'at_risk' || initiative.status === 'off_track' || (initiative.status !== 'done' && (update?.rag === 'red' || update?.rag === 'amber')))
    .map(({ initiative, update }) => riskOf(context, initiative, update?.rag, update?.deviation ?? ''))
    .sort((left, right) => (left.severity === right.severity ? 0 : left.severity === 'red' ? -1 : 1));
  const todayDay = dayNumber(today) ?? 0;
  const milestoneRisks = facts.overdueMilestones.map((milestone: Milestone): Risk => {
    const initiative = facts.initiativeById.get(milestone.initiativeId);
    return {
      kind: 'milestone',
      title: milestone.title || t('pdf.untitled'),
      detail: t('pdf.summary.overdue', {
        date: format.date(milestone.date),
        days: Math.max(1, todayDay - (dayNumber(milestone.date) ?? todayDay)),
        initiative: initiative?.title || t('pdf.untitled'),
      }),
      severity: 'amber',
    };
  });
  return [...initiativeRisks, ...milestoneRisks];
}

function riskOf(context: SectionContext, initiative: Initiative, rag: 'green' | 'amber' | 'red' | undefined, deviation: string): Risk {
  const { t } = context;
  const severity = initiative.status === 'off_track' || rag === 'red' ? 'red' : 'amber';
  const parts = [statusLabel(t, initiative.status)];
  if (rag) parts.push(t('pdf.summary.latestRag', { rag: t(`pdf.rag.${rag}`) }));
  if (initiative.owner.trim()) parts.push(initiative.owner.trim());
  const detail = deviation.trim() ? `${parts.join(' · ')} — ${deviation.trim()}` : parts.join(' · ');
  return { kind: 'initiative', title: initiative.title || t('pdf.untitled'), detail, severity };
}

function risksBlock(context: SectionContext, canvas: PageCanvas, risks: readonly Risk[], maxItems: number): void {
  const { t } = context;
  heading(canvas, t('pdf.summary.risks'));
  if (risks.length === 0) {
    canvas.y += canvas.paragraph(t('pdf.summary.noRisks'), canvas.left, canvas.y, canvas.width, TYPE.body, { colour: COLOURS.muted });
    return;
  }
  const shown = risks.slice(0, maxItems);
  for (const risk of shown) {
    const light = LIGHT_COLOURS[risk.severity];
    const detail = canvas.measureParagraph(risk.detail, canvas.width - 10, TYPE.small, { maxLines: 2 });
    const height = TYPE.bodyBold.size * LINE_HEIGHT + detail.height;
    // Milestones get a diamond as on the timeline; initiatives a bar in their risk colour.
    if (risk.kind === 'milestone') canvas.diamond(canvas.left + 2.5, canvas.y + TYPE.bodyBold.size * 0.6, 3.2, { fill: light.fill, stroke: light.stroke });
    else canvas.rect(canvas.left, canvas.y + 1, 4, height - 2, { fill: light.fill, stroke: light.stroke, lineWidth: 0.4 });
    canvas.text(risk.title, canvas.left + 10, canvas.y + TYPE.bodyBold.size, TYPE.bodyBold, { maxWidth: canvas.width - 10 });
    canvas.y += TYPE.bodyBold.size * LINE_HEIGHT;
    canvas.y += canvas.paragraph(risk.detail, canvas.left + 10, canvas.y, canvas.width - 10, TYPE.small, { maxLines: 2, colour: COLOURS.muted });
    canvas.y += 6;
  }
  if (shown.length < risks.length) moreLine(canvas, t('pdf.summary.moreRisks', { count: risks.length - shown.length }));
}

function scorecardBlock(context: SectionContext, canvas: PageCanvas, attention: readonly KpiScore[], maxItems: number): void {
  const { t, facts } = context;
  heading(canvas, t('pdf.summary.scorecard'));
  if (facts.scores.length === 0) {
    canvas.y += canvas.paragraph(t('pdf.summary.noKpis'), canvas.left, canvas.y, canvas.width, TYPE.body, { colour: COLOURS.muted });
    return;
  }
  const counts: Record<TrafficLight, number> = { green: 0, amber: 0, red: 0, none: 0 };
  for (const score of facts.scores) counts[score.light] += 1;
  let x = canvas.left;
  for (const light of ['green', 'amber', 'red', 'none'] as const) {
    canvas.circle(x + 5, canvas.y + 6, 4.5, { fill: LIGHT_COLOURS[light].fill, stroke: LIGHT_COLOURS[light].stroke });
    const width = canvas.text(`${counts[light]} ${t(`pdf.light.${light}`)}`, x + 14, canvas.y + 9, TYPE.bodyBold, { maxWidth: canvas.width / 4 - 18 });
    x += Math.max(width + 30, canvas.width / 5);
  }
  canvas.y += 18;
  for (const score of attention.slice(0, maxItems)) {
    const latest = score.latest ? formatKpiValue(context, score.latest.value, score.kpi.unit) : t('pdf.light.none');
    const line = `${t(`pdf.light.${score.light}`)}: ${score.kpi.name} — ${t('pdf.summary.latestVsTarget', {
      latest,
      target: formatKpiValue(context, score.kpi.target, score.kpi.unit),
    })}`;
    canvas.text(line, canvas.left + 10, canvas.y + TYPE.small.size, TYPE.small, { maxWidth: canvas.width - 10 });
    canvas.y += KPI_LINE_HEIGHT;
  }
  if (attention.length > maxItems) moreLine(canvas, t('pdf.summary.moreRisks', { count: attention.length - maxItems }));
}
