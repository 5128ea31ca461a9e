import { useId, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Kpi, Language, Measurement } from '../../../../shared/domain';
import { useMeasurementCell } from './useMeasurementCell';

interface MeasurementCellProps {
  kpi: Kpi;
  kpiName: string;
  period: string;
  periodLabel: string;
  measurement: Measurement | undefined;
  language: Language;
  row: number;
  column: number;
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>, row: number, column: number) => void;
}

/** A value of one KPI for one period, typed straight into the grid. */
export function MeasurementCell({ kpi, kpiName, period, periodLabel, measurement, language, row, column, onKeyDown }: MeasurementCellProps) {
  const { t } = useTranslation();
  const id = useId();
  const noteId = useId();
  const cell = useMeasurementCell(kpi, period, measurement, language, t('measurement.undo.value', { kpi: kpiName, period: periodLabel }));
  const note = measurement?.note.trim() ?? '';
  return (
    <td className={`msr-cell${note ? ' msr-cell-noted' : ''}`}>
      <label htmlFor={id} className="visually-hidden">
        {t('measurement.grid.cellLabel', { kpi: kpiName, period: periodLabel })}
      </label>
      <input
        id={id}
        className="input input-number msr-cell-input"
        inputMode="decimal"
        autoComplete="off"
        value={cell.draft}
        data-row={row}
        data-column={column}
        aria-invalid={cell.invalid ? true : undefined}
        aria-describedby={note ? noteId : undefined}
        title={note || undefined}
        onFocus={cell.onFocus}
        onBlur={cell.onBlur}
        onChange={(event) => cell.change(event.target.value)}
        onKeyDown={(event) => onKeyDown(event, row, column)}
      />
      {note ? (
        <span id={noteId} className="msr-cell-note-mark">
          <span aria-hidden="true">•</span>
          <span className="visually-hidden">{t('measurement.grid.noteSaid', { note })}</span>
        </span>
      ) : null}
    </td>
  );
}
