import { useMemo } from 'react';
import type { Cluster, FinalObjective, Idea, Participant, Vote, Workshop } from '../../../shared/domain';
import { dotsByIdea } from '../../../shared/logic/dotVoting';
import { useRecords } from '../../data';

/** Everything the ideas phase shows, straight from the live queries, with lookups built once per change. */
export interface IdeasData {
  workshop: Workshop;
  ideas: readonly Idea[];
  clusters: readonly Cluster[];
  votes: readonly Vote[];
  participants: readonly Participant[];
  objectives: readonly FinalObjective[];
  participantsById: ReadonlyMap<string, Participant>;
  clustersById: ReadonlyMap<string, Cluster>;
  /** Dots per idea once the facilitator has revealed the vote; null while the result is hidden. */
  revealedDots: ReadonlyMap<string, number> | null;
}

export function useIdeasData(workshop: Workshop): IdeasData | undefined {
  const ideas = useRecords(workshop.id, 'ideas');
  const clusters = useRecords(workshop.id, 'clusters');
  const votes = useRecords(workshop.id, 'votes');
  const participants = useRecords(workshop.id, 'participants');
  const objectives = useRecords(workshop.id, 'finalObjectives');
  const participantsById = useMemo(() => new Map((participants ?? []).map((participant) => [participant.id, participant])), [participants]);
  const clustersById = useMemo(() => new Map((clusters ?? []).map((cluster) => [cluster.id, cluster])), [clusters]);
  const revealed = workshop.votesRevealed;
  const revealedDots = useMemo(() => (revealed && votes ? dotsByIdea(votes) : null), [revealed, votes]);

  return useMemo(() => {
    if (!ideas || !clusters || !votes || !participants || !objectives) return undefined;
    return { workshop, ideas, clusters, votes, participants, objectives, participantsById, clustersById, revealedDots };
  }, [workshop, ideas, clusters, votes, participants, objectives, participantsById, clustersById, revealedDots]);
}
