import { useCallback, useEffect, useRef } from 'react';
import type { Finding } from '../../../../shared/domain';
import { updateRecord } from '../../../data';

/**
 * Ticks a question on or off a finding. Ticks are written one after another, each starting from
 * the set the previous write stored, so two quick ticks never overwrite each other while the live
 * query that shows them is still on its way.
 */
export function useQuestionLinks(finding: Finding, undoLabel: string): (questionId: string, linked: boolean) => void {
  const latest = useRef(finding.questionIds);
  const pending = useRef(0);
  const queue = useRef<Promise<void>>(Promise.resolve());

  useEffect(() => {
    if (pending.current === 0) latest.current = finding.questionIds;
  }, [finding.questionIds]);

  return useCallback(
    (questionId: string, linked: boolean) => {
      pending.current += 1;
      queue.current = queue.current.then(async () => {
        try {
          const current = latest.current;
          const next = linked ? (current.includes(questionId) ? current : [...current, questionId]) : current.filter((id) => id !== questionId);
          if (next === current) return;
          const saved = await updateRecord('findings', finding.id, { questionIds: next }, undoLabel);
          latest.current = saved.questionIds;
        } finally {
          pending.current -= 1;
        }
      });
    },
    [finding.id, undoLabel],
  );
}
