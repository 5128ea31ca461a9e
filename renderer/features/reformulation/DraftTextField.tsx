import { useId } from 'react';
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
  const { draft, error, commit, onFocus, onBlur } = useDraftCommit(value, store);
  const common = {
    id,
    value: draft,
    placeholder,
    maxLength: maxLength ?? (multiline ? 10_000 : 200),
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
        <input {...common} className="input" list={list} onChange={(event) => void commit(event.target.value)} />
      )}
      {error ? <span id={`${id}-error`} className="field-error">{error}</span> : null}
    </div>
  );
}
