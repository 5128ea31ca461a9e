import { describe, expect, it } from 'vitest';
import {
  changeDots,
  dotsByIdea,
  dotsLeft,
  dotsOn,
  dotsUsed,
  MAX_DOTS_ON_ONE_IDEA,
  tallyVotes,
  voterProgress,
  type DotVote,
} from '../../../../shared/logic/dotVoting';

let counter = 0;
function vote(participantId: string, ideaId: string, dots: number): DotVote {
  counter += 1;
  return { id: `v${counter}`, participantId, ideaId, dots };
}

describe('tallyVotes', () => {
  it('ranks an empty vote: every idea at 0 dots shares the first rank, nobody voted', () => {
    const results = tallyVotes(['a', 'b'], []);
    expect(results.totalDots).toBe(0);
    expect(results.voterCount).toBe(0);
    expect(results.ranking).toEqual([
      { ideaId: 'a', dots: 0, voters: 0, rank: 1, tied: true },
      { ideaId: 'b', dots: 0, voters: 0, rank: 1, tied: true },
    ]);
  });

  it('gives nothing for no ideas', () => {
    expect(tallyVotes([], [vote('p1', 'a', 3)])).toEqual({ ranking: [], totalDots: 0, voterCount: 0 });
  });

  it('adds dots per idea, counts distinct voters and ranks with competition ranking on ties', () => {
    const votes = [
      vote('p1', 'a', 2),
      vote('p2', 'a', 1),
      vote('p1', 'b', 3),
      vote('p3', 'c', 3),
      vote('p3', 'a', 0),
    ];
    const { ranking, totalDots, voterCount } = tallyVotes(['a', 'b', 'c', 'd'], votes);
    expect(totalDots).toBe(9);
    expect(voterCount).toBe(3);
    expect(ranking.map(({ ideaId, dots, voters, rank, tied }) => [ideaId, dots, voters, rank, tied])).toEqual([
      ['a', 3, 2, 1, true],
      ['b', 3, 1, 1, true],
      ['c', 3, 1, 1, true],
      ['d', 0, 0, 4, false],
    ]);
  });

  it('keeps the given order of the ideas inside a tie and ranks after the tie correctly', () => {
    const votes = [vote('p1', 'x', 5), vote('p1', 'z', 2), vote('p2', 'y', 2), vote('p2', 'w', 1)];
    const { ranking } = tallyVotes(['w', 'z', 'y', 'x'], votes);
    expect(ranking.map((entry) => [entry.ideaId, entry.rank])).toEqual([
      ['x', 1],
      ['z', 2],
      ['y', 2],
      ['w', 4],
    ]);
  });

  it('ignores votes for unknown ideas and damaged dot counts (zero, negative, not finite), and rounds fractions down', () => {
    const votes = [vote('p1', 'gone', 4), vote('p2', 'a', -2), vote('p3', 'a', Number.NaN), vote('p4', 'a', 2.9)];
    const { ranking, totalDots, voterCount } = tallyVotes(['a'], votes);
    expect(totalDots).toBe(2);
    expect(voterCount).toBe(1);
    expect(ranking[0]).toMatchObject({ ideaId: 'a', dots: 2, voters: 1, rank: 1, tied: false });
  });

  it('lists a repeated idea id once', () => {
    expect(tallyVotes(['a', 'a'], [vote('p1', 'a', 1)]).ranking).toHaveLength(1);
  });
});

describe('dots of one participant', () => {
  const votes = [vote('p1', 'a', 2), vote('p1', 'b', 1), vote('p2', 'a', 4)];

  it('counts used dots, dots on one idea and dots left', () => {
    expect(dotsUsed(votes, 'p1')).toBe(3);
    expect(dotsOn(votes, 'p1', 'a')).toBe(2);
    expect(dotsOn(votes, 'p1', 'c')).toBe(0);
    expect(dotsLeft(votes, 'p1', 5)).toBe(2);
    expect(dotsLeft(votes, 'nobody', 5)).toBe(5);
  });

  it('never reports fewer than zero dots left when the allowance was lowered after voting', () => {
    expect(dotsLeft(votes, 'p2', 3)).toBe(0);
    expect(dotsLeft(votes, 'p2', 0)).toBe(0);
    expect(voterProgress(['p2', 'p3'], votes, 3)).toEqual([
      { participantId: 'p2', used: 4, left: 0, over: true },
      { participantId: 'p3', used: 0, left: 3, over: false },
    ]);
  });

  it('gives an empty progress list for no participants', () => {
    expect(voterProgress([], votes, 5)).toEqual([]);
  });
});

describe('changeDots', () => {
  it('adds a new vote record for the first dot on an idea', () => {
    expect(changeDots([], 'p1', 'a', 1, 5)).toEqual({ type: 'add', dots: 1 });
  });

  it('raises an existing record while dots are left', () => {
    const existing = vote('p1', 'a', 2);
    expect(changeDots([existing], 'p1', 'a', 1, 5)).toEqual({ type: 'update', voteId: existing.id, dots: 3 });
  });

  it('refuses a dot beyond the allowance', () => {
    const votes = [vote('p1', 'a', 3), vote('p1', 'b', 2)];
    expect(changeDots(votes, 'p1', 'c', 1, 5)).toBeNull();
    expect(changeDots(votes, 'p1', 'a', 1, 5)).toBeNull();
    expect(changeDots([], 'p1', 'a', 1, 0)).toBeNull();
  });

  it('refuses more dots on one idea than a vote record can hold', () => {
    const full = vote('p1', 'a', MAX_DOTS_ON_ONE_IDEA);
    expect(changeDots([full], 'p1', 'a', 1, 100)).toBeNull();
  });

  it('lowers a record and deletes it when its last dot is taken back', () => {
    const two = vote('p1', 'a', 2);
    const one = vote('p1', 'b', 1);
    expect(changeDots([two, one], 'p1', 'a', -1, 5)).toEqual({ type: 'update', voteId: two.id, dots: 1 });
    expect(changeDots([two, one], 'p1', 'b', -1, 5)).toEqual({ type: 'delete', voteId: one.id });
  });

  it('has nothing to take back where the participant placed no dot', () => {
    expect(changeDots([vote('p2', 'a', 1)], 'p1', 'a', -1, 5)).toBeNull();
  });
});

describe('dotsByIdea', () => {
  it('sums every participant per idea and leaves ideas without dots out', () => {
    const totals = dotsByIdea([vote('p1', 'a', 2), vote('p2', 'a', 3), vote('p2', 'b', 0)]);
    expect([...totals]).toEqual([['a', 5]]);
  });

  it('is empty for no votes', () => {
    expect(dotsByIdea([]).size).toBe(0);
  });
});
