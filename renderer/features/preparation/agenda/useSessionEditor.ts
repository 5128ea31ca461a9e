import { useCallback, useEffect, useRef } from 'react';
import i18next from 'i18next';
import type { AgendaSession } from '../../../../shared/domain';
import { DataValidationError, updateRecord, updateRecordContinuously } from '../../../data';
import type { RecordPatch } from '../../../data';
import { showToast } from '../../../components/toastStore';

export type SessionChange = (current: AgendaSession) => RecordPatch<'agendaSessions'>;

export interface SessionEditor {
  /**
   * Stores a change to the session's lists (timeboxes, phases). `coalesceKey` makes consecutive edits
   * of one input a single undo step, as typing in any other field does.
   */
  edit: (undoLabel: string, change: SessionChange, coalesceKey?: string) => Promise<void>;
}

/**
 * Timeboxes and phases are arrays inside one record, so each edit rewrites the whole array. Edits run
 * one after another, each on the session as the previous edit stored it, so two quick edits (a title
 * keystroke, then a minutes keystroke) never overwrite each other with a stale copy. Whenever the
 * live query brings a newer session (undo, another window), that becomes the base again.
 */
export function useSessionEditor(session: AgendaSession): SessionEditor {
  const base = useRef(session);
  const queue = useRef<Promise<void>>(Promise.resolve());

  useEffect(() => {
    base.current = session;
  }, [session]);

  const sessionId = session.id;
  const edit = useCallback(
    (undoLabel: string, change: SessionChange, coalesceKey?: string) => {
      const run = async () => {
        const patch = change(base.current);
        try {
          base.current = coalesceKey
            ? await updateRecordContinuously('agendaSessions', sessionId, patch, undoLabel, coalesceKey)
            : await updateRecord('agendaSessions', sessionId, patch, undoLabel);
        } catch (reason) {
          // Storage failures are on screen through the save banner; a refused value is said here.
          if (reason instanceof DataValidationError) showToast({ tone: 'error', message: i18next.t('fields.invalid') });
        }
      };
      queue.current = queue.current.then(run);
      return queue.current;
    },
    [sessionId],
  );

  return { edit };
}
