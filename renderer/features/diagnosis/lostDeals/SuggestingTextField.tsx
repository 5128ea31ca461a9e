import { useCallback, useId } from 'react';
import type { LostDeal } from '../../../../shared/domain';
import type { RecordPatch } from '../../../data';
import { useFieldCommit } from '../../../components/fields/useFieldCommit';

type SuggestedField = 'market' | 'product' | 'competitor' | 'reason';

interface SuggestingTextFieldProps {
  deal: LostDeal;
  field: SuggestedField;
  label: string;
  /** The id of a <datalist> with what the log already says in this column. */
  listId: string;
  maxLength: number;
  undoLabel: string;
}

/**
 * A lost-deal cell that offers the values already in the log: the breakdowns group by the text,
 * so "Zhenwei" typed the same way every time is what makes the charts true.
 */
export function SuggestingTextField({ deal, field, label, listId, maxLength, undoLabel }: SuggestingTextFieldProps) {
  const id = useId();
  const toPatch = useCallback((value: string): RecordPatch<'lostDeals'> => ({ [field]: value }), [field]);
  const { draft, error, commit, onFocus, onBlur } = useFieldCommit<'lostDeals', string>('lostDeals', deal, field, toPatch, deal[field], { continuous: true, undoLabel });
  return (
    <div className="field">
      <label htmlFor={id} className="visually-hidden">{label}</label>
      <input
        id={id}
        className="input"
        list={listId}
        value={draft}
        maxLength={maxLength}
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
