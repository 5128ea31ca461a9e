import type { TFunction } from 'i18next';
import type { Language, Measurement, RecordOf } from '../../../shared/domain';
import { questionDisplayText } from '../../../shared/method/questionBank';
import type { TraceKind, TraceRecords } from '../../../shared/logic/traceability';
import { sortByPeriod } from '../../../shared/logic/scorecard';
import { formatPlanDate } from '../../app/format';
import { formatKpiValue, formatPeriodLabel } from '../measurement/format';
import type { TraceTarget } from './traceNavigation';

/** One line of a trace: what the record is called, a detail or two, and where it lives. */
export interface TraceItem {
  key: string;
  title: string;
  detail: string | null;
  target: TraceTarget;
}

/** A record of the chain together with its kind, so the kind tells TypeScript what the record is. */
export type TraceEntry = { [K in TraceKind]: { kind: K; record: RecordOf<K> } }[TraceKind];

/** The name a record goes by in a trace; untitled records say what they are rather than nothing. */
export function traceRecordName(entry: TraceEntry, language: Language, t: TFunction): string {
  const text = nameOf(entry, language).trim();
  return text === '' ? t(`trace.untitled.${entry.kind}`) : text;
}

function nameOf(entry: TraceEntry, language: Language): string {
  switch (entry.kind) {
    case 'questions':
      return questionDisplayText(entry.record, language);
    case 'ideas':
      return entry.record.text;
    case 'kpis':
      return entry.record.name;
    case 'measurements':
      return entry.record.period;
    default:
      return entry.record.title;
  }
}

/** The items of one kind, ready to show; measurements are summed up per KPI. */
export function traceItems(kind: TraceKind, records: TraceRecords, all: TraceRecords, language: Language, t: TFunction): TraceItem[] {
  switch (kind) {
    case 'measurements':
      return measurementItems(records.measurements, all, language, t);
    case 'findings':
      return records.findings.map((finding) => ({
        key: finding.id,
        title: traceRecordName({ kind, record: finding }, language, t),
        detail: t('trace.detail.impact', { impact: finding.impact }),
        target: { kind, id: finding.id },
      }));
    case 'milestones':
      return records.milestones.map((milestone) => ({
        key: milestone.id,
        title: traceRecordName({ kind, record: milestone }, language, t),
        detail: t(milestone.done ? 'trace.detail.milestoneDone' : 'trace.detail.milestoneDue', { date: formatPlanDate(milestone.date, language) }),
        target: { kind, id: milestone.id },
      }));
    case 'initiatives':
      return records.initiatives.map((initiative) => ({
        key: initiative.id,
        title: traceRecordName({ kind, record: initiative }, language, t),
        detail: initiative.owner.trim() ? t('trace.detail.owner', { owner: initiative.owner.trim() }) : null,
        target: { kind, id: initiative.id },
      }));
    case 'finalObjectives':
      return records.finalObjectives.map((objective) => ({
        key: objective.id,
        title: traceRecordName({ kind, record: objective }, language, t),
        detail: objective.owner.trim() ? t('trace.detail.owner', { owner: objective.owner.trim() }) : null,
        target: { kind, id: objective.id },
      }));
    case 'questions':
      return records.questions.map((question) => plainItem({ kind, record: question }, language, t));
    case 'ideas':
      return records.ideas.map((idea) => plainItem({ kind, record: idea }, language, t));
    case 'kpis':
      return records.kpis.map((kpi) => plainItem({ kind, record: kpi }, language, t));
  }
}

function plainItem(entry: Exclude<TraceEntry, { kind: 'measurements' }>, language: Language, t: TFunction): TraceItem {
  return { key: entry.record.id, title: traceRecordName(entry, language, t), detail: null, target: { kind: entry.kind, id: entry.record.id } };
}

/** "Gross margin: 6 values, latest Nov 2026: 31.6%", one line per KPI, in the chain's KPI order. */
function measurementItems(measurements: readonly Measurement[], all: TraceRecords, language: Language, t: TFunction): TraceItem[] {
  const byKpi = new Map<string, Measurement[]>();
  for (const measurement of measurements) byKpi.set(measurement.kpiId, [...(byKpi.get(measurement.kpiId) ?? []), measurement]);
  const items: TraceItem[] = [];
  for (const [kpiId, values] of byKpi) {
    const kpi = all.kpis.find((candidate) => candidate.id === kpiId);
    if (!kpi) continue;
    const latest = sortByPeriod(values).at(-1);
    items.push({
      key: kpiId,
      title: traceRecordName({ kind: 'kpis', record: kpi }, language, t),
      detail: latest
        ? t('trace.detail.measurements', { count: values.length, period: formatPeriodLabel(latest.period, language, t), value: formatKpiValue(latest.value, kpi.unit, language) })
        : null,
      target: { kind: 'kpis', id: kpiId },
    });
  }
  return items;
}
