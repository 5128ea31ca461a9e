import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ChevronsLeft, MessageSquareText } from 'lucide-react';
import { todayIsoDate, type Kpi, type Language, type Measurement, type MeasurementPeriodKind } from '../../../../shared/domain';
import { gridPeriods } from '../../../../shared/logic/measurementPeriods';
import { formatPeriodLabel } from '../format';
import { MeasurementCell } from './MeasurementCell';

/** Half a year of months, or of weeks, or a year and a half of quarters, fits beside the KPI names. */
export const VISIBLE_PERIODS = 6;

interface MeasurementGridProps {
  kind: MeasurementPeriodKind;
  kpis: readonly Kpi[];
  measurements: readonly Measurement[];
  language: Language;
  onNotes: (kpi: Kpi) => void;
}

/**
 * KPIs × periods for the KPIs measured per one kind of period. The columns run without gaps from the
 * oldest value to the current period; earlier periods open on request. Up and Down (and Enter, as in
 * a spreadsheet) move between KPIs in the same period; Tab moves along the row.
 */
export function MeasurementGrid({ kind, kpis, measurements, language, onNotes }: MeasurementGridProps) {
  const { t } = useTranslation();
  const captionId = useId();
  const tableRef = useRef<HTMLTableElement>(null);
  const [visible, setVisible] = useState(VISIBLE_PERIODS);
  const kpiIds = useMemo(() => new Set(kpis.map((kpi) => kpi.id)), [kpis]);
  const own = useMemo(() => measurements.filter((measurement) => kpiIds.has(measurement.kpiId)), [measurements, kpiIds]);
  const byCell = useMemo(() => {
    const cells = new Map<string, Measurement>();
    for (const measurement of own) {
      const key = `${measurement.kpiId}|${measurement.period}`;
      if (!cells.has(key)) cells.set(key, measurement);
    }
    return cells;
  }, [own]);
  const allPeriods = gridPeriods(kind, own.map((measurement) => measurement.period), todayIsoDate(), visible);
  const periods = allPeriods.slice(-visible);
  const hidden = allPeriods.length - periods.length;

  const moveFocus = (event: KeyboardEvent<HTMLInputElement>, row: number, column: number) => {
    const step = event.key === 'ArrowDown' || (event.key === 'Enter' && !event.shiftKey) ? 1 : event.key === 'ArrowUp' || (event.key === 'Enter' && event.shiftKey) ? -1 : 0;
    if (step === 0) return;
    const next = tableRef.current?.querySelector<HTMLInputElement>(`input[data-row="${row + step}"][data-column="${column}"]`);
    if (!next) return;
    event.preventDefault();
    next.focus();
    next.select();
  };

  return (
    <div className="msr-grid-block">
      <div className="row-wrap msr-grid-toolbar">
        <h3 id={captionId} className="msr-grid-title">{t(`measurement.grid.title.${kind}`)}</h3>
        <span className="spacer" />
        {visible > VISIBLE_PERIODS ? (
          <button type="button" className="btn btn-ghost" onClick={() => setVisible(VISIBLE_PERIODS)}>
            {t('measurement.grid.showFewer')}
          </button>
        ) : null}
        <button type="button" className="btn" onClick={() => setVisible((count) => count + VISIBLE_PERIODS)} aria-describedby={captionId}>
          <ChevronsLeft size={18} aria-hidden="true" />
          {hidden > 0 ? t('measurement.grid.showEarlierHidden', { count: hidden }) : t('measurement.grid.showEarlier', { count: VISIBLE_PERIODS })}
        </button>
      </div>
      <div className="table-scroll msr-grid-scroll">
        <table ref={tableRef} className="data-table msr-grid" aria-labelledby={captionId} data-testid={`grid-${kind}`}>
          <thead>
            <tr>
              <th scope="col" className="msr-grid-kpi">{t('measurement.grid.kpiColumn')}</th>
              {periods.map((period) => (
                <th key={period} scope="col" className="num msr-grid-period">
                  <span className="msr-period-label">{formatPeriodLabel(period, language, t)}</span>
                  <span className="msr-period-code">{period}</span>
                </th>
              ))}
              <th scope="col" className="msr-grid-notes">
                <span className="visually-hidden">{t('measurement.grid.notesColumn')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {kpis.map((kpi, row) => {
              const name = kpi.name.trim() || t('measurement.kpi.unnamed');
              return (
                <tr key={kpi.id}>
                  <th scope="row" className="msr-grid-kpi">
                    <span className="msr-grid-kpi-name">{name}</span>
                    {kpi.unit.trim() ? <span className="msr-grid-unit">{kpi.unit.trim()}</span> : null}
                  </th>
                  {periods.map((period, column) => (
                    <MeasurementCell
                      key={period}
                      kpi={kpi}
                      kpiName={name}
                      period={period}
                      periodLabel={formatPeriodLabel(period, language, t)}
                      measurement={byCell.get(`${kpi.id}|${period}`)}
                      language={language}
                      row={row}
                      column={column}
                      onKeyDown={moveFocus}
                    />
                  ))}
                  <td className="msr-grid-notes">
                    <button type="button" className="btn btn-ghost btn-icon" onClick={() => onNotes(kpi)} aria-label={t('measurement.notes.openNamed', { name })} title={t('measurement.notes.open')}>
                      <MessageSquareText size={18} aria-hidden="true" />
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
