import type { FinalObjective } from '../../domain/finalObjective';
import type { InitiativeStatus } from '../../domain/initiative';
import type { PdfMessages } from '../messages';
import type { SectionContext } from '../sectionContext';

/** Small wordings several sections share, so the same fact reads the same everywhere. */

export function sortedObjectives(objectives: readonly FinalObjective[]): FinalObjective[] {
  return [...objectives].sort((left, right) => left.order - right.order || left.title.localeCompare(right.title));
}

export function statusLabel(t: PdfMessages, status: InitiativeStatus): string {
  return t(`pdf.status.${status}`);
}

/** "12.5 %", "47,3 M€": a KPI or objective value with its unit, at most two decimals. */
export function formatKpiValue(context: SectionContext, value: number, unit: string): string {
  return `${context.format.number(value)} ${unit.trim()}`.trim();
}

/** "Net sales: 47.2 → 51.5 € M · by 31 Dec 2027 · Owner: Álvaro Quintana" */
export function objectiveTargetText(context: SectionContext, objective: FinalObjective): string {
  const { t, format } = context;
  const parts: string[] = [];
  const metric = objective.metric.trim();
  let values = '';
  if (objective.target !== null) {
    const target = formatKpiValue(context, objective.target, objective.unit);
    values = objective.baseline !== null ? `${format.number(objective.baseline)} → ${target}` : t('pdf.summary.target', { target });
  }
  if (metric && values) parts.push(`${metric}: ${values}`);
  else if (metric || values) parts.push(metric || values);
  if (objective.deadline) parts.push(t('pdf.summary.deadline', { date: format.date(objective.deadline) }));
  if (objective.owner.trim()) parts.push(t('pdf.summary.owner', { owner: objective.owner.trim() }));
  return parts.join(' · ');
}
