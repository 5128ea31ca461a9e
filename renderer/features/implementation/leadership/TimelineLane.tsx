import { useTranslation } from 'react-i18next';
import type { Initiative, StatusUpdate } from '../../../../shared/domain';
import type { RoadmapLane, RoadmapLayout } from '../../../../shared/logic/roadmapLayout';
import { wholePercent } from '../../../../shared/logic/implementation';
import { formatDate, formatPercent } from '../format';
import { RagIcon } from '../ragStatus';

interface TimelineLaneProps {
  lane: RoadmapLane;
  layout: RoadmapLayout;
  initiativesById: ReadonlyMap<string, Initiative>;
  latest: ReadonlyMap<string, StatusUpdate>;
  overdueIds: ReadonlySet<string>;
  labelFor: (initiative: Pick<Initiative, 'id' | 'title'>) => string;
  language: string;
}

const percentOf = (value: number) => `${value * 100}%`;

/** One workstream: its bars in rows that never overlap, its milestones and the today line. */
export function TimelineLane({ lane, layout, initiativesById, latest, overdueIds, labelFor, language }: TimelineLaneProps) {
  const { t } = useTranslation();
  const name = lane.workstream || t('implementation.leadership.noWorkstream');
  return (
    <>
      <h3 className="impl-lane-name">{name}</h3>
      <div className="impl-lane-track" style={{ height: `calc(${Math.max(1, lane.rowCount)} * var(--impl-row))` }}>
        {layout.months.map((month) => (
          <span key={month.date} className="impl-gridline" style={{ left: percentOf(month.x) }} aria-hidden="true" />
        ))}
        {layout.todayX === null ? null : <span className="impl-today-line" style={{ left: percentOf(layout.todayX) }} aria-hidden="true" />}
        <ul className="impl-bars" aria-label={t('implementation.leadership.laneLabel', { name })}>
          {lane.bars.map((bar) => {
            const initiative = initiativesById.get(bar.initiative.id);
            if (!initiative) return null;
            const update = latest.get(initiative.id);
            const rag = update?.rag ?? 'none';
            const percent = wholePercent(update?.percentDone);
            const overdue = lane.milestones.filter((mark) => mark.milestone.initiativeId === initiative.id && overdueIds.has(mark.milestone.id)).length;
            const description = [
              rag === 'none' ? t('implementation.leadership.noReport') : t(`implementation.rag.${rag}`),
              percent === null ? null : t('implementation.checkIn.percentValue', { value: formatPercent(percent, language) }),
              t('implementation.checkIn.dates', { start: formatDate(initiative.start, language), end: formatDate(initiative.end, language) }),
              overdue > 0 ? t('implementation.leadership.overdueOnBar', { count: overdue }) : null,
            ]
              .filter(Boolean)
              .join(', ');
            return (
              <li key={initiative.id} className="impl-bar-row" style={{ top: `calc(${bar.row} * var(--impl-row))` }} data-testid="timeline-bar">
                <span className="impl-bar-label" style={{ left: percentOf(bar.labelX) }}>
                  <RagIcon rag={rag} size={15} />
                  <span>{labelFor(initiative)}</span>
                  <span className="visually-hidden">{`: ${description}`}</span>
                </span>
                <span className={`impl-bar impl-bar-${rag}`} style={{ left: percentOf(bar.x0), width: percentOf(bar.x1 - bar.x0) }} aria-hidden="true">
                  <span className="impl-bar-fill" style={{ width: `${percent ?? 0}%` }} />
                </span>
              </li>
            );
          })}
        </ul>
        {lane.milestones.map((mark) => {
          const state = overdueIds.has(mark.milestone.id) ? 'overdue' : mark.milestone.done ? 'done' : 'open';
          return (
            <span
              key={mark.milestone.id}
              className={`impl-diamond impl-diamond-${state}`}
              style={{ left: percentOf(mark.x), top: `calc(${mark.row} * var(--impl-row) + var(--impl-bar-top) + var(--impl-bar-h) / 2)` }}
              title={`${mark.milestone.title} · ${formatDate(mark.milestone.date, language)}`}
              aria-hidden="true"
            />
          );
        })}
      </div>
    </>
  );
}
