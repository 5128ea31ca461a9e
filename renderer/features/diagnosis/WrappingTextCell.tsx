import { useCallback, useId, type KeyboardEvent } from 'react';
import type { RecordKind, RecordOf } from '../../../shared/domain';
import type { RecordPatch } from '../../data';
import { committedInputProps, FieldError } from '../../components/fields/committedInput';
import { useFieldCommit } from '../../components/fields/useFieldCommit';

type StringField<K extends RecordKind> = { [F in keyof RecordOf<K>]: RecordOf<K>[F] extends string ? F : never }[keyof RecordOf<K>] & string;

interface WrappingTextCellProps<K extends RecordKind> {
  kind: K;
  record: RecordOf<K>;
  field: StringField<K>;
  label: string;
  maxLength: number;
  undoLabel: string;
}

/**
 * A one-line text in a table cell that wraps instead of scrolling out of sight, so a long customer
 * or expense name stays readable in a narrow column. Enter is not a line break here: the value is
 * one line, and pasted line breaks become spaces.
 */
export function WrappingTextCell<K extends RecordKind>({ kind, record, field, label, maxLength, undoLabel }: WrappingTextCellProps<K>) {
  const id = useId();
  const toPatch = useCallback((value: string) => ({ [field]: value.replace(/[\r\n]+/g, ' ') }) as RecordPatch<K>, [field]);
  const committed = useFieldCommit<K, string>(kind, record, field, toPatch, record[field] as string, { continuous: true, undoLabel });
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter') event.preventDefault();
  };
  return (
    <div className="field">
      <label htmlFor={id} className="visually-hidden">{label}</label>
      <textarea
        className="textarea diag-wrap-cell"
        rows={1}
        maxLength={maxLength}
        {...committedInputProps(id, committed)}
        onKeyDown={onKeyDown}
        onChange={(event) => void committed.commit(event.target.value.replace(/[\r\n]+/g, ' '))}
      />
      <FieldError id={id} error={committed.error} />
    </div>
  );
}
