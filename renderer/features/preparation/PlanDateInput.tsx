import { useEffect, useId, useRef, useState } from 'react';

/** Years below this are a date still being typed (the browser reports 0002, 0020, 0202 on the way to 2026). */
const FIRST_PLAUSIBLE_YEAR = 1000;

export function isCompletePlanDate(value: string): boolean {
  const match = /^(\d{4})-\d{2}-\d{2}$/.exec(value);
  return match !== null && Number(match[1]) >= FIRST_PLAUSIBLE_YEAR;
}

interface PlanDateInputProps {
  label: string;
  /** The stored plan date (YYYY-MM-DD), or null when there is none. */
  stored: string | null;
  /** Whether clearing the field stores "no date". */
  nullable: boolean;
  onStore: (date: string | null) => void;
  className?: string;
}

/**
 * A plan date typed into the browser's date input. The input keeps its own value while focused: the
 * browser reports a complete date after every digit of the year, and putting the stored value back in
 * between would throw the typing off. Only plausible complete dates (or a clearing, where allowed) are
 * stored; the stored value shows again when the field is left.
 */
export function PlanDateInput({ label, stored, nullable, onStore, className }: PlanDateInputProps) {
  const id = useId();
  const storedText = stored ?? '';
  const [draft, setDraft] = useState(storedText);
  const focused = useRef(false);

  useEffect(() => {
    if (!focused.current) setDraft(storedText);
  }, [storedText]);

  const change = (value: string) => {
    setDraft(value);
    if (value === '') {
      if (nullable) onStore(null);
      return;
    }
    if (isCompletePlanDate(value)) onStore(value);
  };

  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="date"
        className="input"
        value={draft}
        onFocus={() => {
          focused.current = true;
        }}
        onBlur={() => {
          focused.current = false;
          setDraft(storedText);
        }}
        onChange={(event) => change(event.target.value)}
      />
    </div>
  );
}
