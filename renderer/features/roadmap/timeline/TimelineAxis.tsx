import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { localeFor } from '../../../app/i18n';
import type { AxisTick, TimelineSizes, TimelineZoom } from './timelineGeometry';

interface TimelineAxisProps {
  zoom: TimelineZoom;
  upperTicks: readonly AxisTick[];
  lowerTicks: readonly AxisTick[];
  todayX: number | null;
  trackWidth: number;
  sizes: TimelineSizes;
  language: string;
}

/** Two tiers of dates above the lanes (quarters over months, or years over quarters) and the today tag. */
export const TimelineAxis = memo(function TimelineAxis({ zoom, upperTicks, lowerTicks, todayX, trackWidth, sizes, language }: TimelineAxisProps) {
  const { t } = useTranslation();
  const monthFormat = new Intl.DateTimeFormat(localeFor(language), { month: 'short', timeZone: 'UTC' });
  const quarter = (tick: AxisTick) => t('roadmap.timeline.quarter', { quarter: tick.index, year: tick.year });
  const upperText = (tick: AxisTick) => (zoom === 'months' ? quarter(tick) : String(tick.year));
  const lowerText = (tick: AxisTick) =>
    zoom === 'months' ? monthFormat.format(new Date(`${tick.date}T00:00:00Z`)) : t('roadmap.timeline.quarterShort', { quarter: tick.index });
  const tier = sizes.axisTierHeight;
  return (
    <div className="rm-axis" style={{ height: 2 * tier }} aria-hidden="true">
      <div className="rm-axis-corner" style={{ width: sizes.laneLabelWidth, height: 2 * tier }} />
      <div className="rm-axis-track" style={{ left: sizes.laneLabelWidth, width: trackWidth }}>
        {upperTicks.map((tick) => (
          <span key={tick.key} className="rm-tick rm-tick-upper" style={{ left: tick.left, width: tick.width, height: tier }}>
            <span className="rm-tick-text">{upperText(tick)}</span>
          </span>
        ))}
        {lowerTicks.map((tick) => (
          <span key={tick.key} className="rm-tick rm-tick-lower" style={{ left: tick.left, width: tick.width, top: tier, height: tier }}>
            <span className="rm-tick-text">{lowerText(tick)}</span>
          </span>
        ))}
        {todayX === null ? null : (
          <span className="rm-today-tag" style={{ left: todayX }}>
            {t('roadmap.timeline.today')}
          </span>
        )}
      </div>
    </div>
  );
});
