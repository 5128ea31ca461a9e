import { useCallback, useEffect, useRef, useState } from 'react';
import { createVote, type Vote } from '../../../../shared/domain';
import { changeDots } from '../../../../shared/logic/dotVoting';
import { addRecord, deleteRecord, updateRecord } from '../../../data';

/**
 * Gives and takes back dots. Each press is one stored change and one undo step. A press decides from
 * the votes on screen, so while a change is on its way to the database (and back through the live
 * query) further presses wait; otherwise two quick presses could both read the same count, or both
 * spend the last dot.
 */
export function useVoteWriter(workshopId: string, votes: readonly Vote[], allowance: number) {
  const [busy, setBusy] = useState(false);
  // The ref answers presses that arrive before React has re-rendered with busy = true.
  const inFlight = useRef(false);
  const seenVotes = useRef(votes);
  const written = useRef(false);

  useEffect(() => {
    if (votes !== seenVotes.current && written.current) {
      written.current = false;
      inFlight.current = false;
      setBusy(false);
    }
    seenVotes.current = votes;
  }, [votes]);

  const change = useCallback(
    async (participantId: string, ideaId: string, step: 1 | -1, label: string): Promise<boolean> => {
      if (inFlight.current) return false;
      const next = changeDots(votes, participantId, ideaId, step, allowance);
      if (!next) return false;
      inFlight.current = true;
      setBusy(true);
      try {
        if (next.type === 'add') await addRecord('votes', createVote(workshopId, { participantId, ideaId, dots: next.dots }), label);
        else if (next.type === 'update') await updateRecord('votes', next.voteId, { dots: next.dots }, label);
        else await deleteRecord('votes', next.voteId, label);
        written.current = true;
        return true;
      } catch {
        inFlight.current = false;
        setBusy(false);
        return false;
      }
    },
    [votes, allowance, workshopId],
  );

  return { change, busy };
}
