import { useCallback, useId } from 'react';
import type { RecordKind, RecordOf } from '../../../shared/domain';
import { isPlausiblePlanDate } from '../../../shared/logic/planDates';
import type { RecordPatch } from '../../data';
import { committedInputProps, FieldError } from './committedInput';
import { useFieldCommit } from './useFieldCommit';

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

/**
 * A plan date (YYYY-MM-DD). What is typed stays in the field; it is stored once it is a plausible
 * date (the input reports year 0002 while "2026" is being typed), and clearing stores null if allowed.
 */
export function RecordDateField<K extends RecordKind>({ kind, record, field, label, hideLabel = false, nullable = false, undoLabel }: RecordDateFieldProps<K>) {
  const id = useId();
  const stored = (record[field] as string | null) ?? '';
  const toPatch = useCallback(
    (value: string): RecordPatch<K> | null => {
      if (value === '') return nullable ? ({ [field]: null } as RecordPatch<K>) : null;
      return isPlausiblePlanDate(value) ? ({ [field]: value } as RecordPatch<K>) : null;
    },
    [field, nullable],
  );
  const committed = useFieldCommit<K, string>(kind, record, field, toPatch, stored, { continuous: true, undoLabel, quietWhileTyping: true });
  return (
    <div className="field">
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>{label}</label>
      <input
        type="date"
        className="input"
        {...committedInputProps(id, committed)}
      />
      <FieldError id={id} error={committed.error} />
    </div>
  );
}
