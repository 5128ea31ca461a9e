import { useCallback, useId } from 'react';
import { SHORT_TEXT_MAX, type RecordKind, type RecordOf } from '../../../../shared/domain';
import type { RecordPatch } from '../../../data';
import { useFieldCommit } from '../../../components/fields/useFieldCommit';

type StringField<K extends RecordKind> = { [F in keyof RecordOf<K>]: RecordOf<K>[F] extends string ? F : never }[keyof RecordOf<K>] & string;

interface SuggestingTextFieldProps<K extends RecordKind> {
  kind: K;
  record: RecordOf<K>;
  field: StringField<K>;
  label: string;
  hideLabel?: boolean;
  /** The id of a <datalist> with the values already used, so lanes and names are spelled alike. */
  listId: string;
  undoLabel: string;
}

/** A short text bound to a record, offering what the workshop already says (lanes, owners, channels). */
export function SuggestingTextField<K extends RecordKind>({ kind, record, field, label, hideLabel = false, listId, undoLabel }: SuggestingTextFieldProps<K>) {
  const id = useId();
  const stored = record[field] as string;
  const toPatch = useCallback((value: string) => ({ [field]: value }) as RecordPatch<K>, [field]);
  const { draft, error, commit, onFocus, onBlur } = useFieldCommit<K, string>(kind, record, field, toPatch, stored, { continuous: true, undoLabel });
  return (
    <div className="field">
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>{label}</label>
      <input
        id={id}
        className="input"
        list={listId}
        value={draft}
        maxLength={SHORT_TEXT_MAX}
        onFocus={onFocus}
        onBlur={onBlur}
        onChange={(event) => void commit(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error ? <span id={`${id}-error`} className="field-error">{error}</span> : null}
    </div>
  );
}
