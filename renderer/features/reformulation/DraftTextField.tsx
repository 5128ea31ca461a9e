import { useId } from 'react';
import { committedInputProps, FieldError } from '../../components/fields/committedInput';
import { useDraftCommit } from './useDraftCommit';

interface DraftTextFieldProps {
  label: string;
  hideLabel?: boolean;
  /** The stored value. */
  value: string;
  /** Stores a new value; called on every keystroke. */
  store: (value: string) => Promise<unknown>;
  multiline?: boolean;
  maxLength?: number;
  placeholder?: string;
  /** id of a <datalist> with suggestions. */
  list?: string;
  className?: string;
}

/** A text field whose every keystroke is stored through `store` (see useDraftCommit). */
export function DraftTextField({ label, hideLabel = false, value, store, multiline = false, maxLength, placeholder, list, className }: DraftTextFieldProps) {
  const id = useId();
  const committed = useDraftCommit(value, store);
  const common = { ...committedInputProps(id, committed), placeholder, maxLength: maxLength ?? (multiline ? 10_000 : 200) };
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>{label}</label>
      {multiline ? (
        <textarea {...common} className="textarea" />
      ) : (
        <input {...common} className="input" list={list} />
      )}
      <FieldError id={id} error={committed.error} />
    </div>
  );
}
