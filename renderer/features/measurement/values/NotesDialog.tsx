import { useTranslation } from 'react-i18next';
import type { Kpi, Language, Measurement } from '../../../../shared/domain';
import { sortByPeriod } from '../../../../shared/logic/scorecard';
import { RecordTextField } from '../../../components/fields';
import { Dialog } from '../../../components/Dialog';
import { formatKpiValue, formatPeriodLabel } from '../format';

interface NotesDialogProps {
  kpi: Kpi;
  measurements: readonly Measurement[];
  language: Language;
  onClose: () => void;
}

/** What explains a value ("summer holidays"), newest first; each note is stored as it is typed. */
export function NotesDialog({ kpi, measurements, language, onClose }: NotesDialogProps) {
  const { t } = useTranslation();
  const name = kpi.name.trim() || t('measurement.kpi.unnamed');
  const values = sortByPeriod(measurements.filter((measurement) => measurement.kpiId === kpi.id)).reverse();
  return (
    <Dialog
      open
      onClose={onClose}
      size="lg"
      title={t('measurement.notes.title', { name })}
      footer={
        <button type="button" className="btn btn-primary" onClick={onClose}>
          {t('measurement.notes.done')}
        </button>
      }
    >
      {values.length === 0 ? (
        <p>{t('measurement.notes.noValues')}</p>
      ) : (
        <ul className="msr-notes-list">
          {values.map((measurement) => {
            const period = formatPeriodLabel(measurement.period, language, t);
            return (
              <li key={measurement.id} className="msr-note-row">
                <span className="msr-note-period">
                  <strong>{period}</strong>
                  <span className="muted">{formatKpiValue(measurement.value, kpi.unit, language)}</span>
                </span>
                <RecordTextField
                  kind="measurements"
                  record={measurement}
                  field="note"
                  label={t('measurement.notes.noteFor', { period })}
                  hideLabel
                  placeholder={t('measurement.notes.placeholder')}
                  maxLength={2000}
                  undoLabel={t('measurement.undo.note', { kpi: name, period })}
                />
              </li>
            );
          })}
        </ul>
      )}
    </Dialog>
  );
}
