import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { TriangleAlert } from 'lucide-react';
import { PERIOD_KIND_BY_FREQUENCY, measurementPeriodKind, type FinalObjective, type Initiative, type Kpi, type Language, type Measurement, type Milestone } from '../../../../shared/domain';
import { KPI_DIRECTIONS, KPI_FREQUENCIES } from '../../../../shared/domain/kpi';
import { RecordChoiceGroup, RecordNumberField, RecordSelect, RecordTextField } from '../../../components/fields';
import { DeleteRecordButton } from '../../../components/DeleteRecordButton';
import { MoveButtons } from '../../../components/MoveButtons';
import { TraceButton } from '../../trace/TraceButton';
import { KpiLinks } from './KpiLinks';
import { ThresholdBands } from './ThresholdBands';

interface KpiCardProps {
  kpi: Kpi;
  position: number;
  siblings: readonly Kpi[];
  measurements: readonly Measurement[];
  finalObjectives: readonly FinalObjective[];
  initiatives: readonly Initiative[];
  milestones: readonly Milestone[];
  language: Language;
  focusName: boolean;
  onFocused: () => void;
}

/** One KPI, edited in place: every field is stored as it is typed or chosen. */
export function KpiCard({ kpi, position, siblings, measurements, finalObjectives, initiatives, milestones, language, focusName, onFocused }: KpiCardProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const nameFieldRef = useRef<HTMLDivElement>(null);
  const name = kpi.name.trim() || t('measurement.kpi.untitled', { number: position });
  const undo = (field: string) => t('measurement.undo.editKpi', { field });
  const ownValues = measurements.filter((measurement) => measurement.kpiId === kpi.id);
  const otherKind = ownValues.filter((measurement) => measurementPeriodKind(measurement.period) !== PERIOD_KIND_BY_FREQUENCY[kpi.frequency]);

  useEffect(() => {
    if (!focusName) return;
    nameFieldRef.current?.querySelector('input')?.focus();
    onFocused();
  }, [focusName, onFocused]);

  const objectiveOptions = [
    { value: null, label: t('measurement.kpi.noObjective') },
    ...finalObjectives.map((objective, index) => ({ value: objective.id, label: objective.title.trim() || t('measurement.kpi.untitledObjectiveNumbered', { number: index + 1 }) })),
  ];

  return (
    <li className="msr-kpi" data-trace-id={kpi.id} tabIndex={-1} aria-labelledby={headingId} data-testid="kpi-card">
      <header className="msr-kpi-head">
        <span className="msr-position" aria-hidden="true">{position}</span>
        <h3 id={headingId} className="visually-hidden">{t('measurement.kpi.headingPrefix', { number: position, name })}</h3>
        <div ref={nameFieldRef} className="msr-kpi-name">
          <RecordTextField kind="kpis" record={kpi} field="name" label={t('measurement.kpi.name')} placeholder={t('measurement.kpi.namePlaceholder')} undoLabel={undo(t('measurement.kpi.name'))} />
        </div>
        <div className="msr-kpi-actions">
          <TraceButton kind="kpis" id={kpi.id} workshopId={kpi.workshopId} name={name} />
          <MoveButtons kind="kpis" workshopId={kpi.workshopId} siblings={siblings} id={kpi.id} name={name} undoLabel={t('measurement.undo.moveKpi')} />
          <DeleteRecordButton kind="kpis" id={kpi.id} workshopId={kpi.workshopId} name={t('measurement.kpi.deleteName', { name })} undoLabel={t('measurement.undo.deleteKpi')} />
        </div>
      </header>
      <div className="msr-kpi-grid">
        <RecordTextField kind="kpis" record={kpi} field="unit" label={t('measurement.kpi.unit')} placeholder={t('measurement.kpi.unitPlaceholder')} undoLabel={undo(t('measurement.kpi.unit'))} className="msr-field-unit" />
        <RecordChoiceGroup
          kind="kpis"
          record={kpi}
          field="direction"
          legend={t('measurement.kpi.direction')}
          options={KPI_DIRECTIONS.map((direction) => ({ value: direction, label: t(`measurement.direction.${direction}`) }))}
          undoLabel={undo(t('measurement.kpi.direction'))}
        />
        <RecordChoiceGroup
          kind="kpis"
          record={kpi}
          field="frequency"
          legend={t('measurement.kpi.frequency')}
          options={KPI_FREQUENCIES.map((frequency) => ({ value: frequency, label: t(`measurement.frequency.${frequency}`) }))}
          undoLabel={undo(t('measurement.kpi.frequency'))}
        />
      </div>
      <div className="msr-kpi-grid msr-kpi-figures">
        <RecordNumberField kind="kpis" record={kpi} field="target" label={t('measurement.kpi.target')} language={language} suffix={kpi.unit.trim() || undefined} undoLabel={undo(t('measurement.kpi.target'))} />
        <RecordNumberField kind="kpis" record={kpi} field="amberThreshold" label={t('measurement.kpi.amberThreshold')} language={language} suffix={kpi.unit.trim() || undefined} undoLabel={undo(t('measurement.kpi.amberThreshold'))} />
        <RecordNumberField kind="kpis" record={kpi} field="redThreshold" label={t('measurement.kpi.redThreshold')} language={language} suffix={kpi.unit.trim() || undefined} undoLabel={undo(t('measurement.kpi.redThreshold'))} />
      </div>
      <ThresholdBands kpi={kpi} language={language} />
      {otherKind.length > 0 ? (
        <p className="msr-warnings msr-warning-line">
          <TriangleAlert size={16} aria-hidden="true" />
          {t('measurement.kpi.otherFrequencyValues', { count: otherKind.length, example: otherKind[0]?.period ?? '' })}
        </p>
      ) : null}
      <div className="msr-kpi-links">
        <div className="msr-kpi-objective">
          <RecordSelect kind="kpis" record={kpi} field="finalObjectiveId" label={t('measurement.kpi.objective')} options={objectiveOptions} undoLabel={undo(t('measurement.kpi.objective'))} />
        </div>
        <KpiLinks kpi={kpi} name={name} initiatives={initiatives} milestones={milestones} language={language} />
      </div>
    </li>
  );
}
