import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import type { Idea } from '../../../../shared/domain';

export interface Ratings {
  impact: number | null;
  effort: number | null;
}

/**
 * Ratings changed by arrow keys and not yet confirmed by the live query, so quick repeated presses
 * build on each other and the note moves at once. A held rating is dropped as soon as the stored one
 * matches it (or the idea is gone).
 */
export function useHeldRatings(ideas: readonly Idea[]) {
  const held = useRef(new Map<string, Ratings>());
  const [version, bump] = useReducer((count: number) => count + 1, 0);

  const hold = useCallback((id: string, ratings: Ratings) => {
    held.current.set(id, ratings);
    bump();
  }, []);

  const release = useCallback((id: string) => {
    if (held.current.delete(id)) bump();
  }, []);

  useEffect(() => {
    if (held.current.size === 0) return;
    const stored = new Map(ideas.map((idea) => [idea.id, idea]));
    let changed = false;
    for (const [id, ratings] of held.current) {
      const idea = stored.get(id);
      if (!idea || (idea.impact === ratings.impact && idea.effort === ratings.effort)) {
        held.current.delete(id);
        changed = true;
      }
    }
    if (changed) bump();
  }, [ideas]);

  const ratingsOf = useCallback((idea: Idea): Ratings => held.current.get(idea.id) ?? { impact: idea.impact, effort: idea.effort }, []);
  return useMemo(() => ({ ratingsOf, hold, release, version }), [ratingsOf, hold, release, version]);
}
