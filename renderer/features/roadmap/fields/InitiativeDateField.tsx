import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Initiative } from '../../../../shared/domain';
import { isPlausiblePlanDate } from '../../../../shared/logic/planDates';
import { datesAfterStartChange } from '../../../../shared/logic/roadmapPlan';
import { DataValidationError, updateRecordContinuously } from '../../../data';

interface InitiativeDateFieldProps {
  initiative: Initiative;
  field: 'start' | 'end';
  label: string;
  hideLabel?: boolean;
  undoLabel: string;
}

/**
 * The start or end of an initiative, stored as soon as a plausible date is typed. A start typed past
 * the end takes the end along (the duration is kept); an end before the start is refused with a reason.
 */
export function InitiativeDateField({ initiative, field, label, hideLabel = false, undoLabel }: InitiativeDateFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const stored = initiative[field];
  const [draft, setDraft] = useState(stored);
  const [error, setError] = useState<string | null>(null);
  const focused = useRef(false);
  // Writes finish out of order with typing: only the latest one may clear or set the error.
  const latestCommit = useRef(0);

  useEffect(() => {
    if (!focused.current) setDraft(stored);
  }, [stored]);

  const commit = async (value: string) => {
    const attempt = ++latestCommit.current;
    setDraft(value);
    // The date input reports year 0002 while 2027 is being typed: wait quietly for a real date.
    if (!isPlausiblePlanDate(value)) return;
    if (field === 'end' && value < initiative.start) {
      setError(t('roadmap.fields.endBeforeStart'));
      return;
    }
    const patch = field === 'start' ? datesAfterStartChange(initiative, value) : { end: value };
    setError(null);
    try {
      await updateRecordContinuously('initiatives', initiative.id, patch, undoLabel, field);
    } catch (reason) {
      if (reason instanceof DataValidationError && attempt === latestCommit.current) setError(t('fields.invalid'));
    }
  };

  return (
    <div className="field">
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>{label}</label>
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
          if (error === null) setDraft(stored);
        }}
        onChange={(event) => void commit(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error ? <span id={`${id}-error`} className="field-error">{error}</span> : null}
    </div>
  );
}
