import { useCallback } from 'react';
import type { FinalObjective } from '../../../shared/domain';
import { updateRecordContinuously } from '../../data';
import { DraftTextField } from './DraftTextField';

interface OwnerFieldProps {
  objective: FinalObjective;
  label: string;
  /** A <datalist> of the workshop's participants, so owners are spelled the same everywhere. */
  listId: string;
  undoLabel: string;
}

/** Who answers for the objective: free text, with the participants suggested. */
export function OwnerField({ objective, label, listId, undoLabel }: OwnerFieldProps) {
  const store = useCallback(
    (owner: string) => updateRecordContinuously('finalObjectives', objective.id, { owner }, undoLabel, 'owner'),
    [objective.id, undoLabel],
  );
  return <DraftTextField label={label} hideLabel value={objective.owner} store={store} list={listId} />;
}
