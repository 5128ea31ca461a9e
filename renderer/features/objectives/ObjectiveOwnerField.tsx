import { useCallback, useId } from 'react';
import type { CurrentObjective } from '../../../shared/domain';
import type { RecordPatch } from '../../data';
import { useFieldCommit } from '../../components/fields/useFieldCommit';

interface ObjectiveOwnerFieldProps {
  objective: CurrentObjective;
  label: string;
  undoLabel: string;
}

/**
 * The owner is optional in the schema (older backups lack it), which RecordTextField does not
 * accept; an absent owner edits as an empty one and is stored like any text field.
 */
export function ObjectiveOwnerField({ objective, label, undoLabel }: ObjectiveOwnerFieldProps) {
  const id = useId();
  const toPatch = useCallback((value: string): RecordPatch<'currentObjectives'> => ({ owner: value }), []);
  const { draft, error, commit, onFocus, onBlur } = useFieldCommit<'currentObjectives', string>('currentObjectives', objective, 'owner', toPatch, objective.owner ?? '', {
    continuous: true,
    undoLabel,
  });
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className="input"
        value={draft}
        maxLength={200}
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
