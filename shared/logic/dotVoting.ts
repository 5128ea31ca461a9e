/**
 * Dot voting (phase 5): every participant spreads a fixed number of dots over the ideas; the totals
 * stay hidden until the facilitator reveals them, then the ideas are ranked. Pure functions over the
 * stored vote records, so the ranking, the ties and the dots left are the same wherever they are shown.
 */

export interface DotVote {
  id: string;
  participantId: string;
  ideaId: string;
  dots: number;
}

/** The most dots one participant may put on one idea (the vote record's own limit). */
export const MAX_DOTS_ON_ONE_IDEA = 20;

export interface IdeaTally {
  ideaId: string;
  dots: number;
  /** How many different participants put at least one dot on it. */
  voters: number;
  /** Competition ranking: two ideas tied for second are both 2, the next is 4. 0 dots share the last rank. */
  rank: number;
  /** Another idea has exactly the same number of dots. */
  tied: boolean;
}

export interface VoteResults {
  /** Every idea, most dots first; ties keep the order the ideas were given in. */
  ranking: IdeaTally[];
  totalDots: number;
  /** Participants who placed at least one dot on a known idea. */
  voterCount: number;
}

/** Dots a vote record counts for: whole, positive, finite; anything else (a damaged import) counts 0. */
function countedDots(vote: Pick<DotVote, 'dots'>): number {
  return Number.isFinite(vote.dots) && vote.dots > 0 ? Math.floor(vote.dots) : 0;
}

export function tallyVotes(ideaIds: readonly string[], votes: readonly DotVote[]): VoteResults {
  const known = new Set(ideaIds);
  const dotsByIdea = new Map<string, number>();
  const votersByIdea = new Map<string, Set<string>>();
  const voters = new Set<string>();
  let totalDots = 0;
  for (const vote of votes) {
    const dots = countedDots(vote);
    if (dots === 0 || !known.has(vote.ideaId)) continue;
    dotsByIdea.set(vote.ideaId, (dotsByIdea.get(vote.ideaId) ?? 0) + dots);
    const ideaVoters = votersByIdea.get(vote.ideaId) ?? new Set<string>();
    ideaVoters.add(vote.participantId);
    votersByIdea.set(vote.ideaId, ideaVoters);
    voters.add(vote.participantId);
    totalDots += dots;
  }

  const uniqueIds = [...known];
  const position = new Map(uniqueIds.map((id, index) => [id, index]));
  const sorted = uniqueIds
    .map((ideaId) => ({ ideaId, dots: dotsByIdea.get(ideaId) ?? 0, voters: votersByIdea.get(ideaId)?.size ?? 0 }))
    .sort((a, b) => b.dots - a.dots || (position.get(a.ideaId) ?? 0) - (position.get(b.ideaId) ?? 0));
  const countsOfDots = new Map<number, number>();
  for (const entry of sorted) countsOfDots.set(entry.dots, (countsOfDots.get(entry.dots) ?? 0) + 1);

  let rank = 0;
  let previousDots: number | null = null;
  const ranking = sorted.map((entry, index) => {
    if (entry.dots !== previousDots) rank = index + 1;
    previousDots = entry.dots;
    return { ...entry, rank, tied: (countsOfDots.get(entry.dots) ?? 0) > 1 };
  });
  return { ranking, totalDots, voterCount: voters.size };
}

/** Dots a participant has placed, on any idea. */
export function dotsUsed(votes: readonly DotVote[], participantId: string): number {
  let used = 0;
  for (const vote of votes) if (vote.participantId === participantId) used += countedDots(vote);
  return used;
}

/** Dots a participant still has; never below zero, even if the allowance was lowered after voting. */
export function dotsLeft(votes: readonly DotVote[], participantId: string, allowance: number): number {
  return Math.max(0, Math.floor(allowance) - dotsUsed(votes, participantId));
}

/** Dots one participant has on one idea. */
export function dotsOn(votes: readonly DotVote[], participantId: string, ideaId: string): number {
  let dots = 0;
  for (const vote of votes) if (vote.participantId === participantId && vote.ideaId === ideaId) dots += countedDots(vote);
  return dots;
}

/** What storing one more (or one fewer) dot means for the vote records; null when it is not allowed. */
export type DotChange =
  | { type: 'add'; dots: 1 }
  | { type: 'update'; voteId: string; dots: number }
  | { type: 'delete'; voteId: string };

/**
 * Adding a dot needs one left in the participant's allowance and room on the idea; removing one needs
 * a dot there. A vote record going down to zero dots is deleted rather than kept at zero.
 */
export function changeDots(votes: readonly DotVote[], participantId: string, ideaId: string, step: 1 | -1, allowance: number): DotChange | null {
  const record = votes.find((vote) => vote.participantId === participantId && vote.ideaId === ideaId);
  if (step === 1) {
    if (dotsLeft(votes, participantId, allowance) < 1) return null;
    if (!record) return { type: 'add', dots: 1 };
    const next = countedDots(record) + 1;
    return next > MAX_DOTS_ON_ONE_IDEA ? null : { type: 'update', voteId: record.id, dots: next };
  }
  if (!record) return null;
  const next = countedDots(record) - 1;
  return next < 1 ? { type: 'delete', voteId: record.id } : { type: 'update', voteId: record.id, dots: next };
}

export interface VoterProgress {
  participantId: string;
  used: number;
  left: number;
  /** Placed more dots than the allowance (it was lowered after they voted). */
  over: boolean;
}

/** How far each participant is with their dots, in the order given. */
export function voterProgress(participantIds: readonly string[], votes: readonly DotVote[], allowance: number): VoterProgress[] {
  return participantIds.map((participantId) => {
    const used = dotsUsed(votes, participantId);
    return { participantId, used, left: Math.max(0, Math.floor(allowance) - used), over: used > allowance };
  });
}

/** Total dots per idea, for the badges on the board once the result is revealed. */
export function dotsByIdea(votes: readonly DotVote[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const vote of votes) {
    const dots = countedDots(vote);
    if (dots > 0) totals.set(vote.ideaId, (totals.get(vote.ideaId) ?? 0) + dots);
  }
  return totals;
}
