import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FinalObjective, Initiative, Kpi, Measurement, Milestone, Workshop } from '../../../shared/domain';
import { useRecords } from '../../data';
import type { PhaseScreenProps } from '../phaseScreens';
import { linkedRecordId } from '../trace/traceNavigation';
import { Tabs, type TabItem } from '../../components/Tabs';
import { ScorecardSection } from './scorecard/ScorecardSection';
import { KpiSection } from './kpis/KpiSection';
import { ValuesSection } from './values/ValuesSection';
import './measurement.css';

const SECTIONS = ['scorecard', 'values', 'kpis'] as const;
export type MeasurementSection = (typeof SECTIONS)[number];

const TAB_STORAGE_KEY = 'dsrs.measurement.section';
const ID_PREFIX = 'measurement';

function readStoredSection(): MeasurementSection | null {
  try {
    const stored = sessionStorage.getItem(TAB_STORAGE_KEY);
    return SECTIONS.find((section) => section === stored) ?? null;
  } catch {
    return null;
  }
}

/** Phase 8: the scorecard on the final objectives, the values per period, and the KPIs behind them. */
export default function MeasurementScreen({ workshop }: PhaseScreenProps) {
  const { t } = useTranslation();
  const kpis = useRecords(workshop.id, 'kpis');
  const measurements = useRecords(workshop.id, 'measurements');
  const finalObjectives = useRecords(workshop.id, 'finalObjectives');
  const initiatives = useRecords(workshop.id, 'initiatives');
  const milestones = useRecords(workshop.id, 'milestones');
  if (!kpis || !measurements || !finalObjectives || !initiatives || !milestones) {
    return <p className="muted" role="status">{t('app.loading')}</p>;
  }
  return <MeasurementParts workshop={workshop} kpis={kpis} measurements={measurements} finalObjectives={finalObjectives} initiatives={initiatives} milestones={milestones} />;
}

interface MeasurementPartsProps {
  workshop: Workshop;
  kpis: readonly Kpi[];
  measurements: readonly Measurement[];
  finalObjectives: readonly FinalObjective[];
  initiatives: readonly Initiative[];
  milestones: readonly Milestone[];
}

function MeasurementParts({ workshop, kpis, measurements, finalObjectives, initiatives, milestones }: MeasurementPartsProps) {
  const { t } = useTranslation();
  // A trace link to a KPI opens the scorecard, where its tile is; a reload in the middle of a meeting
  // comes back to the part the group was looking at; a workshop without KPIs starts where they are defined.
  const [section, setSection] = useState<MeasurementSection>(() => {
    const linked = linkedRecordId(location.hash, 'measurement');
    if (linked !== null && kpis.some((kpi) => kpi.id === linked)) return 'scorecard';
    return readStoredSection() ?? (kpis.length > 0 ? 'scorecard' : 'kpis');
  });

  const choose = (next: MeasurementSection) => {
    setSection(next);
    try {
      sessionStorage.setItem(TAB_STORAGE_KEY, next);
    } catch {
      // Storage off: the tab simply resets on reload.
    }
  };

  const tabs: TabItem<MeasurementSection>[] = [
    { key: 'scorecard', label: t('measurement.tabs.scorecard') },
    { key: 'values', label: t('measurement.tabs.values'), count: measurements.length },
    { key: 'kpis', label: t('measurement.tabs.kpis'), count: kpis.length },
  ];

  return (
    <div className="msr-screen">
      <Tabs label={t('measurement.tabs.label')} tabs={tabs} active={section} onChange={choose} idPrefix={ID_PREFIX} classPrefix="msr" />
      <div role="tabpanel" id={`${ID_PREFIX}-panel-${section}`} aria-labelledby={`${ID_PREFIX}-tab-${section}`} className="msr-panel">
        {section === 'scorecard' ? (
          <ScorecardSection workshop={workshop} kpis={kpis} measurements={measurements} finalObjectives={finalObjectives} onGoTo={choose} />
        ) : section === 'values' ? (
          <ValuesSection workshop={workshop} kpis={kpis} measurements={measurements} onGoTo={choose} />
        ) : (
          <KpiSection workshop={workshop} kpis={kpis} measurements={measurements} finalObjectives={finalObjectives} initiatives={initiatives} milestones={milestones} />
        )}
      </div>
    </div>
  );
}
