import { useCallback, useEffect, useRef, useState } from 'react';
import i18next from 'i18next';
import type { RecordKind, RecordOf } from '../../../shared/domain';
import { DataValidationError, updateRecord, updateRecordContinuously } from '../../data';
import type { RecordPatch } from '../../data';

/**
 * Keeps what a person is typing in local state (so the caret never jumps) and stores every change at
 * once through the data layer; consecutive keystrokes in one field form one undo step. While the field
 * is not focused it shows the stored value, so undo, other windows and imports show up immediately.
 */
export function useFieldCommit<K extends RecordKind, V>(
  kind: K,
  record: RecordOf<K>,
  field: keyof RecordOf<K> & string,
  toPatch: (value: V) => RecordPatch<K> | null,
  stored: V,
  /** quietWhileTyping: an incomplete value is kept in the field without an error until blur. */
  options: { continuous: boolean; undoLabel: string; quietWhileTyping?: boolean },
) {
  const [draft, setDraft] = useState<V>(stored);
  const [error, setError] = useState<string | null>(null);
  const focused = useRef(false);

  useEffect(() => {
    if (!focused.current) setDraft(stored);
  }, [stored]);

  const commit = useCallback(
    async (value: V) => {
      setDraft(value);
      const patch = toPatch(value);
      if (patch === null) {
        if (!options.quietWhileTyping) setError(i18next.t('fields.invalid'));
        return;
      }
      try {
        if (options.continuous) await updateRecordContinuously(kind, record.id, patch, options.undoLabel, field);
        else await updateRecord(kind, record.id, patch, options.undoLabel);
        setError(null);
      } catch (reason) {
        // Refused input keeps the stored value; storage failures are shown by the save banner.
        if (reason instanceof DataValidationError) setError(i18next.t('fields.invalid'));
      }
    },
    [kind, record.id, field, toPatch, options.continuous, options.undoLabel, options.quietWhileTyping],
  );

  return {
    draft,
    error,
    commit,
    onFocus: () => {
      focused.current = true;
    },
    onBlur: () => {
      focused.current = false;
      if (!error) setDraft(stored);
    },
  };
}
