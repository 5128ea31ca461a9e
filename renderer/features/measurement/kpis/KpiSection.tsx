import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Gauge, Plus } from 'lucide-react';
import { createKpi, type FinalObjective, type Initiative, type Kpi, type Measurement, type Milestone, type Workshop } from '../../../../shared/domain';
import { orderAfterLast } from '../../../../shared/logic/listOrder';
import { addRecord } from '../../../data';
import { EmptyState } from '../../../components/EmptyState';
import { KpiCard } from './KpiCard';

interface KpiSectionProps {
  workshop: Workshop;
  kpis: readonly Kpi[];
  measurements: readonly Measurement[];
  finalObjectives: readonly FinalObjective[];
  initiatives: readonly Initiative[];
  milestones: readonly Milestone[];
}

/** The KPIs of the scorecard: what is measured, which way is better, and where the lights change. */
export function KpiSection({ workshop, kpis, measurements, finalObjectives, initiatives, milestones }: KpiSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  // The KPI just added takes the focus once the live query brings it.
  const [focusKpiId, setFocusKpiId] = useState<string | null>(null);

  const add = () => {
    const kpi = createKpi(workshop.id, { order: orderAfterLast(kpis), finalObjectiveId: finalObjectives.length === 1 ? (finalObjectives[0]?.id ?? null) : null });
    setFocusKpiId(kpi.id);
    void addRecord('kpis', kpi, t('measurement.undo.addKpi'));
  };

  const addButton = (
    <button type="button" className="btn btn-primary" onClick={add}>
      <Plus size={18} aria-hidden="true" />
      {t('measurement.kpi.add')}
    </button>
  );

  return (
    <section className="card section-card" aria-labelledby={headingId}>
      <div className="section-head">
        <div className="stack msr-section-title">
          <h2 id={headingId}>{t('measurement.kpi.heading')}</h2>
          <p className="muted">{t('measurement.kpi.intro')}</p>
        </div>
        {kpis.length > 0 ? addButton : null}
      </div>
      {finalObjectives.length === 0 ? <p className="msr-callout">{t('measurement.kpi.noObjectives')}</p> : null}
      {kpis.length === 0 ? (
        <EmptyState icon={<Gauge size={32} />} title={t('measurement.kpi.emptyTitle')} body={t('measurement.kpi.emptyBody')} actions={addButton} />
      ) : (
        <ol className="msr-kpi-list">
          {kpis.map((kpi, index) => (
            <KpiCard
              key={kpi.id}
              kpi={kpi}
              position={index + 1}
              siblings={kpis}
              measurements={measurements}
              finalObjectives={finalObjectives}
              initiatives={initiatives}
              milestones={milestones}
              language={workshop.language}
              focusName={focusKpiId === kpi.id}
              onFocused={() => setFocusKpiId(null)}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
