import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ClipboardPaste, Table2 } from 'lucide-react';
import { PERIOD_KIND_BY_FREQUENCY, type Kpi, type Measurement, type MeasurementPeriodKind, type Workshop } from '../../../../shared/domain';
import { EmptyState } from '../../../components/EmptyState';
import type { MeasurementSection } from '../MeasurementScreen';
import { MeasurementGrid } from './MeasurementGrid';
import { NotesDialog } from './NotesDialog';
import { PasteValuesDialog } from './PasteValuesDialog';

const KIND_ORDER: readonly MeasurementPeriodKind[] = ['week', 'month', 'quarter'];

interface ValuesSectionProps {
  workshop: Workshop;
  kpis: readonly Kpi[];
  measurements: readonly Measurement[];
  onGoTo: (section: MeasurementSection) => void;
}

/** The values of every KPI per period: typed into a grid, or pasted from a spreadsheet and checked first. */
export function ValuesSection({ workshop, kpis, measurements, onGoTo }: ValuesSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [pasting, setPasting] = useState(false);
  const [notesFor, setNotesFor] = useState<Kpi | null>(null);
  const groups = KIND_ORDER.map((kind) => ({ kind, kpis: kpis.filter((kpi) => PERIOD_KIND_BY_FREQUENCY[kpi.frequency] === kind) })).filter((group) => group.kpis.length > 0);
  const notesKpi = notesFor ? kpis.find((kpi) => kpi.id === notesFor.id) : undefined;

  if (kpis.length === 0) {
    return (
      <section className="card section-card" aria-labelledby={headingId}>
        <h2 id={headingId} className="visually-hidden">{t('measurement.values.heading')}</h2>
        <EmptyState
          icon={<Table2 size={32} />}
          title={t('measurement.values.emptyTitle')}
          body={t('measurement.values.emptyBody')}
          actions={<button type="button" className="btn btn-primary" onClick={() => onGoTo('kpis')}>{t('measurement.scorecard.defineKpis')}</button>}
        />
      </section>
    );
  }

  return (
    <section className="card section-card" aria-labelledby={headingId}>
      <div className="section-head">
        <div className="stack msr-section-title">
          <h2 id={headingId}>{t('measurement.values.heading')}</h2>
          <p className="muted">{t('measurement.values.intro')}</p>
        </div>
        <button type="button" className="btn btn-primary" onClick={() => setPasting(true)}>
          <ClipboardPaste size={18} aria-hidden="true" />
          {t('measurement.paste.open')}
        </button>
      </div>
      {groups.map((group) => (
        <MeasurementGrid key={group.kind} kind={group.kind} kpis={group.kpis} measurements={measurements} language={workshop.language} onNotes={setNotesFor} />
      ))}
      {pasting ? <PasteValuesDialog workshop={workshop} kpis={kpis} measurements={measurements} onClose={() => setPasting(false)} /> : null}
      {notesKpi ? <NotesDialog kpi={notesKpi} measurements={measurements} language={workshop.language} onClose={() => setNotesFor(null)} /> : null}
    </section>
  );
}
