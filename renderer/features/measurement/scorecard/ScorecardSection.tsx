import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Gauge, Table2 } from 'lucide-react';
import type { FinalObjective, Kpi, Measurement, Workshop } from '../../../../shared/domain';
import { countLights, FLAT_SHARE, scoreKpis, TREND_WINDOW } from '../../../../shared/logic/scorecard';
import { EmptyState } from '../../../components/EmptyState';
import type { MeasurementSection } from '../MeasurementScreen';
import { LightSummary } from './LightSummary';
import { ScorecardTile } from './ScorecardTile';

interface ScorecardSectionProps {
  workshop: Workshop;
  kpis: readonly Kpi[];
  measurements: readonly Measurement[];
  finalObjectives: readonly FinalObjective[];
  onGoTo: (section: MeasurementSection) => void;
}

/** The scorecard on the final objectives: large enough to read from the back of the room. */
export function ScorecardSection({ workshop, kpis, measurements, finalObjectives, onGoTo }: ScorecardSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const scores = useMemo(() => scoreKpis(kpis, measurements), [kpis, measurements]);
  const objectiveById = useMemo(() => new Map(finalObjectives.map((objective) => [objective.id, objective])), [finalObjectives]);

  if (kpis.length === 0) {
    return (
      <section className="card section-card" aria-labelledby={headingId}>
        <h2 id={headingId} className="visually-hidden">{t('measurement.scorecard.heading')}</h2>
        <EmptyState
          icon={<Gauge size={32} />}
          title={t('measurement.scorecard.emptyTitle')}
          body={t('measurement.scorecard.emptyBody')}
          actions={<button type="button" className="btn btn-primary" onClick={() => onGoTo('kpis')}>{t('measurement.scorecard.defineKpis')}</button>}
        />
      </section>
    );
  }

  const hasValues = scores.some((score) => score.latest !== null);
  return (
    <section className="card section-card msr-scorecard" aria-labelledby={headingId}>
      <div className="section-head">
        <div className="stack msr-section-title">
          <h2 id={headingId}>{t('measurement.scorecard.heading')}</h2>
          <p className="muted">{t('measurement.scorecard.rule', { window: TREND_WINDOW, share: FLAT_SHARE * 100 })}</p>
        </div>
        <LightSummary counts={countLights(scores)} />
      </div>
      {hasValues ? null : (
        <div className="msr-callout row-wrap">
          <p>{t('measurement.scorecard.noValuesYet')}</p>
          <button type="button" className="btn" onClick={() => onGoTo('values')}>
            <Table2 size={18} aria-hidden="true" />
            {t('measurement.scorecard.enterValues')}
          </button>
        </div>
      )}
      <ul className="msr-tiles">
        {scores.map((score) => (
          <ScorecardTile key={score.kpi.id} score={score} objective={score.kpi.finalObjectiveId ? objectiveById.get(score.kpi.finalObjectiveId) : undefined} language={workshop.language} />
        ))}
      </ul>
    </section>
  );
}
