import type { ChangeEvent } from 'react';

/** What useFieldCommit hands a text-like control. */
interface CommittedValue {
  draft: string;
  error: string | null;
  commit: (value: string) => Promise<void>;
  onFocus: () => void;
  onBlur: () => void;
}

/**
 * The props every record-bound input or textarea carries: the draft, the commit on each change, and
 * the error wired for screen readers. `describedBy` adds a hint's id in front of the error's.
 */
export function committedInputProps(id: string, field: CommittedValue, describedBy?: string) {
  const described = [describedBy, field.error ? `${id}-error` : undefined].filter(Boolean).join(' ');
  return {
    id,
    value: field.draft,
    onFocus: field.onFocus,
    onBlur: field.onBlur,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => void field.commit(event.target.value),
    'aria-invalid': field.error ? true : undefined,
    'aria-describedby': described === '' ? undefined : described,
  } as const;
}

/** The message under a field whose value was refused, named by the field's aria-describedby. */
export function FieldError({ id, error }: { id: string; error: string | null }) {
  return error ? (
    <span id={`${id}-error`} className="field-error">
      {error}
    </span>
  ) : null;
}
