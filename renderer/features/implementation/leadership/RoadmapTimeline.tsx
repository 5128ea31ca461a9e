import { useTranslation } from 'react-i18next';
import type { Initiative, Milestone, StatusUpdate } from '../../../../shared/domain';
import { layoutRoadmap, type DateWindow, type LayoutInitiative } from '../../../../shared/logic/roadmapLayout';
import { isMilestoneOverdue, wholePercent } from '../../../../shared/logic/implementation';
import { formatPercent } from '../format';
import { useElementWidth } from './useElementWidth';
import { TimelineAxis } from './TimelineAxis';
import { TimelineLane } from './TimelineLane';

interface RoadmapTimelineProps {
  initiatives: readonly Initiative[];
  milestones: readonly Milestone[];
  latest: ReadonlyMap<string, StatusUpdate>;
  window: DateWindow;
  today: string;
  language: string;
}

/** Average width of a label character in em (Inter at the label size), plus the icon and padding. */
const CHAR_EM = 0.56;
const LABEL_EXTRA_EM = 2.5;
/** Labels are set at --text-sm (0.875rem). */
const LABEL_SIZE_REM = 0.875;

/** The title and progress written next to a bar, e.g. "CRM clean-up · 22 %". */
export function barLabel(initiative: Pick<Initiative, 'title'>, percent: number | null, language: string, untitled: string): string {
  const title = initiative.title.trim() || untitled;
  return percent === null ? title : `${title} · ${formatPercent(percent, language)}`;
}

/**
 * The roadmap for the leadership: a lane per workstream, each initiative as a bar coloured by its
 * latest status and filled to its % done, milestones as diamonds (overdue ones flagged) and a line
 * for today. Read-only; every bar is also described in words for screen readers.
 */
export function RoadmapTimeline({ initiatives, milestones, latest, window, today, language }: RoadmapTimelineProps) {
  const { t } = useTranslation();
  const [measured, measureRef] = useElementWidth<HTMLDivElement>();
  const untitled = t('implementation.untitled');
  const labelFor = (initiative: Pick<Initiative, 'id' | 'title'>) => barLabel(initiative, wholePercent(latest.get(initiative.id)?.percentDone), language, untitled);

  const firstLayout = layoutRoadmap(initiatives, milestones, window, { today });
  const pixelsPerDay = measured.width > 0 ? measured.width / firstLayout.days : 0;
  const layout =
    pixelsPerDay > 0
      ? layoutRoadmap(initiatives, milestones, window, {
          today,
          labelDays: (initiative: LayoutInitiative) => ((labelFor(initiative).length * CHAR_EM + LABEL_EXTRA_EM) * LABEL_SIZE_REM * measured.rootFontSize) / pixelsPerDay,
        })
      : firstLayout;
  const byId = new Map(initiatives.map((initiative) => [initiative.id, initiative]));
  const overdueIds = new Set(milestones.filter((milestone) => isMilestoneOverdue(milestone, today)).map((milestone) => milestone.id));

  return (
    <figure className="impl-timeline" aria-labelledby="impl-timeline-caption">
      <figcaption id="impl-timeline-caption" className="visually-hidden">{t('implementation.leadership.timelineCaption')}</figcaption>
      <div className="impl-timeline-grid">
        <div className="impl-lane-name impl-axis-corner" aria-hidden="true" />
        <div className="impl-axis-track" ref={measureRef}>
          <TimelineAxis layout={layout} language={language} trackWidth={measured.width} />
        </div>
        {layout.lanes.map((lane) => (
          <TimelineLane
            key={lane.workstream}
            lane={lane}
            layout={layout}
            initiativesById={byId}
            latest={latest}
            overdueIds={overdueIds}
            labelFor={labelFor}
            language={language}
          />
        ))}
      </div>
    </figure>
  );
}
