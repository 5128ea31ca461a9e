import type { Initiative } from '../domain/initiative';
import type { Milestone } from '../domain/milestone';
import type { WorkshopBundle } from '../domain/recordSchemas';
import type { StatusUpdate } from '../domain/statusUpdate';
import type { Workshop } from '../domain/workshop';
import { scoreKpis, type KpiScore } from '../logic/scorecard';
import { createTraceIndex, type TraceIndex } from '../logic/traceability';
import type { DocumentBuilder } from './documentBuilder';
import type { PdfFormatters } from './format';
import type { PdfMessages } from './messages';
import type { TextMeasurer } from './textMeasure';

/** What every section builder gets: the workshop, its language, and facts computed once for all sections. */
export interface SectionContext {
  bundle: WorkshopBundle;
  workshop: Workshop;
  /** The export date (YYYY-MM-DD): the today line, "overdue" and the footer use it. */
  today: string;
  t: PdfMessages;
  format: PdfFormatters;
  measure: TextMeasurer;
  doc: DocumentBuilder;
  facts: WorkshopFacts;
}

export interface WorkshopFacts {
  /** Roadmap order: manual order, then start date, then title. */
  initiatives: Initiative[];
  initiativeById: ReadonlyMap<string, Initiative>;
  /** The newest weekly report of each initiative. */
  latestUpdate: ReadonlyMap<string, StatusUpdate>;
  /** By date, then title. */
  milestones: Milestone[];
  /** Open milestones dated before today, oldest first. */
  overdueMilestones: Milestone[];
  scores: KpiScore[];
  traces: TraceIndex;
}

export function computeFacts(bundle: WorkshopBundle, today: string): WorkshopFacts {
  const { initiatives, milestones, statusUpdates, kpis, measurements } = bundle.records;
  const ordered = [...initiatives].sort(
    (left, right) => left.order - right.order || left.start.localeCompare(right.start) || left.title.localeCompare(right.title),
  );
  const latestUpdate = new Map<string, StatusUpdate>();
  for (const update of statusUpdates) {
    const known = latestUpdate.get(update.initiativeId);
    if (!known || update.date > known.date || (update.date === known.date && update.id > known.id)) latestUpdate.set(update.initiativeId, update);
  }
  const byDate = [...milestones].sort((left, right) => left.date.localeCompare(right.date) || left.title.localeCompare(right.title));
  return {
    initiatives: ordered,
    initiativeById: new Map(initiatives.map((initiative) => [initiative.id, initiative])),
    latestUpdate,
    milestones: byDate,
    overdueMilestones: byDate.filter((milestone) => !milestone.done && milestone.date < today),
    scores: scoreKpis(kpis, measurements),
    traces: createTraceIndex(bundle),
  };
}
