import { useTranslation } from 'react-i18next';
import type { RoadmapLayout } from '../../../../shared/logic/roadmapLayout';
import { formatMonth } from '../format';
import { localeFor } from '../../../app/i18n';

/** Below this many pixels a month shows only its initial. */
const SHORT_MONTH_MIN_PX = 40;

/** Years above months, and where today is, across the top of the timeline. */
export function TimelineAxis({ layout, language, trackWidth }: { layout: RoadmapLayout; language: string; trackWidth: number }) {
  const { t } = useTranslation();
  const years = new Map<number, { x: number; xEnd: number }>();
  for (const month of layout.months) {
    const span = years.get(month.year);
    years.set(month.year, span ? { x: span.x, xEnd: month.xEnd } : { x: month.x, xEnd: month.xEnd });
  }
  const narrowMonths = trackWidth > 0 && layout.months.some((month) => (month.xEnd - month.x) * trackWidth < SHORT_MONTH_MIN_PX);
  const narrow = new Intl.DateTimeFormat(localeFor(language), { month: 'narrow', timeZone: 'UTC' });
  return (
    <div className="impl-axis" aria-hidden="true">
      <div className="impl-axis-years">
        {[...years].map(([year, span]) => (
          <span key={year} className="impl-axis-year" style={{ left: `${span.x * 100}%`, width: `${(span.xEnd - span.x) * 100}%` }}>
            {year}
          </span>
        ))}
      </div>
      <div className="impl-axis-months">
        {layout.months.map((month) => (
          <span key={month.date} className="impl-axis-month" style={{ left: `${month.x * 100}%`, width: `${(month.xEnd - month.x) * 100}%` }}>
            {narrowMonths ? narrow.format(new Date(`${month.date}T00:00:00Z`)) : formatMonth(month.date, language, false)}
          </span>
        ))}
      </div>
      {layout.todayX === null ? null : (
        <span className="impl-axis-today" style={{ left: `${layout.todayX * 100}%` }}>
          {t('implementation.leadership.today')}
        </span>
      )}
    </div>
  );
}
