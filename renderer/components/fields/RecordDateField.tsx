import { useId } from 'react';
import i18next from 'i18next';
import type { RecordKind, RecordOf } from '../../../shared/domain';
import { DataValidationError, updateRecord } from '../../data';
import type { RecordPatch } from '../../data';
import { showToast } from '../toastStore';

type DateField<K extends RecordKind> = { [F in keyof RecordOf<K>]: RecordOf<K>[F] extends string | null ? F : never }[keyof RecordOf<K>] & string;

interface RecordDateFieldProps<K extends RecordKind> {
  kind: K;
  record: RecordOf<K>;
  field: DateField<K>;
  label: string;
  hideLabel?: boolean;
  nullable?: boolean;
  undoLabel: string;
}

/** A plan date (YYYY-MM-DD). The browser's date input only reports complete, real dates. */
export function RecordDateField<K extends RecordKind>({ kind, record, field, label, hideLabel = false, nullable = false, undoLabel }: RecordDateFieldProps<K>) {
  const id = useId();
  const value = (record[field] as string | null) ?? '';
  return (
    <div className="field">
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>{label}</label>
      <input
        id={id}
        type="date"
        className="input"
        value={value}
        onChange={(event) => {
          const next = event.target.value;
          if (next === '' && !nullable) return;
          void updateRecord(kind, record.id, { [field]: next === '' ? null : next } as RecordPatch<K>, undoLabel).catch((reason: unknown) => {
            if (reason instanceof DataValidationError) showToast({ tone: 'error', message: i18next.t('fields.invalid') });
          });
        }}
      />
    </div>
  );
}
