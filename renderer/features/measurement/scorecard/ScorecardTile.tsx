import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CircleCheckBig, TriangleAlert } from 'lucide-react';
import type { FinalObjective, Language } from '../../../../shared/domain';
import { targetReached, thresholdProblems, type KpiScore } from '../../../../shared/logic/scorecard';
import { TraceButton } from '../../trace/TraceButton';
import { formatKpiValue, formatPeriodLabel } from '../format';
import { Sparkline } from './Sparkline';
import { TrafficLightBadge } from './TrafficLightBadge';
import { TrendLabel } from './TrendLabel';

/** A year of monthly values; more would only be a smudge at this size. */
const SPARKLINE_POINTS = 12;

interface ScorecardTileProps {
  score: KpiScore;
  objective: FinalObjective | undefined;
  language: Language;
}

/** One KPI as the room reads it from the back: light, latest value against target, and trend. */
export function ScorecardTile({ score, objective, language }: ScorecardTileProps) {
  const { t } = useTranslation();
  const nameId = useId();
  const { kpi, latest, light } = score;
  const name = kpi.name.trim() || t('measurement.kpi.unnamed');
  const shown = score.series.slice(-SPARKLINE_POINTS);
  const format = (value: number) => formatKpiValue(value, kpi.unit, language);
  const reached = targetReached(kpi, latest?.value);
  const misleading = thresholdProblems(kpi).length > 0;
  const sparkLabel =
    shown.length === 0
      ? t('measurement.scorecard.noValuesLine')
      : t('measurement.scorecard.sparkLabel', {
          values: shown.map((measurement) => `${formatPeriodLabel(measurement.period, language, t)}: ${format(measurement.value)}`).join('; '),
          target: format(kpi.target),
        });
  return (
    <li className={`msr-tile msr-tile-${light}`}>
      <article aria-labelledby={nameId} data-trace-id={kpi.id} tabIndex={-1} className="msr-tile-inner" data-testid="scorecard-tile">
        <header className="msr-tile-head">
          <h3 id={nameId} className="msr-tile-name">{name}</h3>
          <TraceButton kind="kpis" id={kpi.id} workshopId={kpi.workshopId} name={name} />
        </header>
        {objective ? <p className="msr-tile-objective">{t('measurement.scorecard.measures', { objective: objective.title.trim() || t('measurement.kpi.untitledObjective') })}</p> : null}
        <div className="msr-tile-status">
          <TrafficLightBadge light={light} size="lg" />
          <div className="msr-tile-figures">
            <span className="msr-latest" data-testid="latest-value">{latest ? format(latest.value) : '—'}</span>
            <span className="msr-latest-meta">
              {latest ? `${formatPeriodLabel(latest.period, language, t)} · ` : ''}
              {t('measurement.scorecard.target', { target: format(kpi.target) })}
            </span>
          </div>
        </div>
        <div className="msr-tile-trend">
          <Sparkline values={shown.map((measurement) => measurement.value)} target={kpi.target} light={light} label={sparkLabel} />
          <TrendLabel trend={score.trend} meaning={score.meaning} />
        </div>
        {reached || misleading ? (
          <p className="msr-tile-notes">
            {reached ? (
              <span className="badge badge-success">
                <CircleCheckBig size={14} aria-hidden="true" /> {t('measurement.scorecard.targetReached')}
              </span>
            ) : null}
            {misleading ? (
              <span className="badge badge-warning">
                <TriangleAlert size={14} aria-hidden="true" /> {t('measurement.scorecard.checkThresholds')}
              </span>
            ) : null}
          </p>
        ) : null}
      </article>
    </li>
  );
}
