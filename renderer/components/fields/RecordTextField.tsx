import { useCallback, useId } from 'react';
import type { RecordKind, RecordOf } from '../../../shared/domain';
import type { RecordPatch } from '../../data';
import { useFieldCommit } from './useFieldCommit';

type StringField<K extends RecordKind> = { [F in keyof RecordOf<K>]: RecordOf<K>[F] extends string ? F : never }[keyof RecordOf<K>] & string;

interface RecordTextFieldProps<K extends RecordKind> {
  kind: K;
  record: RecordOf<K>;
  field: StringField<K>;
  label: string;
  /** Visually hide the label (tables), keeping it for screen readers. */
  hideLabel?: boolean;
  multiline?: boolean;
  placeholder?: string;
  maxLength?: number;
  undoLabel: string;
  className?: string;
}

/** A text input bound to one field of a stored record; every keystroke is stored. */
export function RecordTextField<K extends RecordKind>({ kind, record, field, label, hideLabel = false, multiline = false, placeholder, maxLength = 200, undoLabel, className }: RecordTextFieldProps<K>) {
  const id = useId();
  const stored = record[field] as string;
  const toPatch = useCallback((value: string) => ({ [field]: value }) as RecordPatch<K>, [field]);
  const { draft, error, commit, onFocus, onBlur } = useFieldCommit<K, string>(kind, record, field, toPatch, stored, { continuous: true, undoLabel });
  const common = {
    id,
    value: draft,
    placeholder,
    maxLength,
    onFocus,
    onBlur,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : undefined,
  } as const;
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>{label}</label>
      {multiline ? (
        <textarea {...common} className="textarea" onChange={(event) => void commit(event.target.value)} />
      ) : (
        <input {...common} className="input" onChange={(event) => void commit(event.target.value)} />
      )}
      {error ? <span id={`${id}-error`} className="field-error">{error}</span> : null}
    </div>
  );
}
