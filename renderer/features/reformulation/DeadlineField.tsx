import { useCallback, useId } from 'react';
import type { FinalObjective } from '../../../shared/domain';
import { updateRecord } from '../../data';
import { useDraftCommit } from './useDraftCommit';

interface DeadlineFieldProps {
  objective: FinalObjective;
  label: string;
  undoLabel: string;
}

/** The earliest year a typed date is taken as meant; "0002" is only the first digit of "2027". */
const FIRST_PLAUSIBLE_YEAR = 1000;

/**
 * The deadline as a plan date. While the year is being typed digit by digit, the browser reports
 * dates such as 0002-12-31; those stay in the field as a draft and are not stored, so the next
 * digit is not lost to a re-render with the stored value.
 */
export function DeadlineField({ objective, label, undoLabel }: DeadlineFieldProps) {
  const id = useId();
  const store = useCallback(
    async (value: string) => {
      if (value === '') return updateRecord('finalObjectives', objective.id, { deadline: null }, undoLabel);
      if (Number(value.slice(0, 4)) < FIRST_PLAUSIBLE_YEAR) return undefined;
      return updateRecord('finalObjectives', objective.id, { deadline: value }, undoLabel);
    },
    [objective.id, undoLabel],
  );
  const { draft, error, commit, onFocus, onBlur } = useDraftCommit(objective.deadline ?? '', store);
  return (
    <div className="field">
      <label htmlFor={id} className="visually-hidden">{label}</label>
      <input
        id={id}
        type="date"
        className="input"
        value={draft}
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
