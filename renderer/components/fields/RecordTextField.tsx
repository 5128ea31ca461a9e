import { useCallback, useId } from 'react';
import type { RecordKind, RecordOf } from '../../../shared/domain';
import type { RecordPatch } from '../../data';
import { committedInputProps, FieldError } from './committedInput';
import { useFieldCommit } from './useFieldCommit';

/** Text fields of a record; an optional one (absent in older backups) edits as empty text. */
type StringField<K extends RecordKind> = { [F in keyof RecordOf<K>]: RecordOf<K>[F] extends string | undefined ? F : never }[keyof RecordOf<K>] & string;

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
  /** The id of a <datalist> with the values already used, so names and lanes are spelled alike (the
   * browser's own history of typed values is turned off there: it would mix in other workshops). */
  suggestions?: string;
  /** A line under the field saying what belongs in it. */
  hint?: string;
  undoLabel: string;
  className?: string;
}

/** A text input bound to one field of a stored record; every keystroke is stored. */
export function RecordTextField<K extends RecordKind>({ kind, record, field, label, hideLabel = false, multiline = false, placeholder, maxLength = 200, suggestions, hint, undoLabel, className }: RecordTextFieldProps<K>) {
  const id = useId();
  const stored = (record[field] as string | undefined) ?? '';
  const toPatch = useCallback((value: string) => ({ [field]: value }) as RecordPatch<K>, [field]);
  const committed = useFieldCommit<K, string>(kind, record, field, toPatch, stored, { continuous: true, undoLabel });
  const common = { ...committedInputProps(id, committed, hint ? `${id}-hint` : undefined), placeholder, maxLength };
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>{label}</label>
      {multiline ? <textarea {...common} className="textarea" /> : <input {...common} className="input" list={suggestions} autoComplete={suggestions ? 'off' : undefined} />}
      {hint ? <span id={`${id}-hint`} className="field-hint">{hint}</span> : null}
      <FieldError id={id} error={committed.error} />
    </div>
  );
}
