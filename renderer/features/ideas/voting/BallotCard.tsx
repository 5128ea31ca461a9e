import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Idea } from '../../../../shared/domain';
import { dotsLeft, dotsOn, MAX_DOTS_ON_ONE_IDEA } from '../../../../shared/logic/dotVoting';
import { clusterName, formatCount, noteExcerpt, participantName } from '../ideaLabels';
import type { Announce } from '../useAnnouncer';
import type { IdeasData } from '../useIdeasData';
import { AllowanceField } from './AllowanceField';
import { BallotRow } from './BallotRow';
import { DotMeter } from './DotMeter';
import { useVoteWriter } from './useVoteWriter';
import { VoterSelect } from './VoterSelect';

interface BallotCardProps {
  data: IdeasData;
  voterId: string;
  onVoterChange: (id: string) => void;
  announce: Announce;
}

interface BallotGroup {
  key: string;
  title: string;
  ideas: Idea[];
}

/** One participant at a time gives their dots: choose who votes, then + and − on each idea. */
export function BallotCard({ data, voterId, onVoterChange, announce }: BallotCardProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const { workshop, ideas, votes, participants, participantsById, clusters } = data;
  const allowance = workshop.dotsPerParticipant;
  const language = workshop.language;
  const voter = participantsById.get(voterId);
  const { change } = useVoteWriter(workshop.id, votes, allowance);
  const left = voter ? dotsLeft(votes, voter.id, allowance) : 0;

  // The ballot follows the board: cluster by cluster, then the notes outside any cluster.
  const groups = useMemo<BallotGroup[]>(() => {
    const byCluster = new Map<string, Idea[]>();
    const loose: Idea[] = [];
    for (const idea of ideas) {
      const group = idea.clusterId && idea.place === 'canvas' ? byCluster.get(idea.clusterId) : undefined;
      if (group) group.push(idea);
      else if (idea.clusterId && idea.place === 'canvas') byCluster.set(idea.clusterId, [idea]);
      else loose.push(idea);
    }
    const readingOrder = [...clusters].sort((a, b) => a.y - b.y || a.x - b.x);
    const result = readingOrder.filter((cluster) => byCluster.has(cluster.id)).map((cluster) => ({ key: cluster.id, title: clusterName(cluster, t), ideas: byCluster.get(cluster.id) ?? [] }));
    if (loose.length > 0) result.push({ key: 'loose', title: t('ideas.voting.notInCluster'), ideas: loose });
    return result;
  }, [ideas, clusters, t]);

  const onChange = (idea: Idea, step: 1 | -1) => {
    if (!voter) return;
    const name = participantName(voter, t);
    const excerpt = noteExcerpt(idea, t);
    const label = t(step === 1 ? 'ideas.undo.giveDot' : 'ideas.undo.takeDot', { name, text: excerpt });
    void change(voter.id, idea.id, step, label).then((done) => {
      if (!done) return;
      const now = dotsOn(votes, voter.id, idea.id) + step;
      announce(t('ideas.announce.dots', { name, text: excerpt, count: now, left: formatCount(left - step, language) }));
    });
  };

  return (
    <section className="card section-card ideas-ballot" aria-labelledby={headingId}>
      <div className="section-head">
        <h2 id={headingId}>{t('ideas.voting.ballotTitle')}</h2>
        <AllowanceField workshop={workshop} />
      </div>
      <div className="ideas-ballot-voter">
        <VoterSelect participants={participants} value={voterId} onChange={onVoterChange} />
        {voter ? (
          <p className="ideas-ballot-left" data-testid="ideas-dots-left">
            <DotMeter used={allowance - left} total={allowance} />
            <span>{t('ideas.voting.left', { count: left, left: formatCount(left, language), total: formatCount(allowance, language), name: participantName(voter, t) })}</span>
          </p>
        ) : null}
      </div>
      {voter ? (
        groups.map((group) => (
          <div key={group.key} className="ideas-ballot-group">
            <h3 className="ideas-ballot-group-title">{group.title}</h3>
            <ul className="ideas-ballot-list">
              {group.ideas.map((idea) => {
                const mine = dotsOn(votes, voter.id, idea.id);
                return <BallotRow key={idea.id} idea={idea} mine={mine} canAdd={left > 0 && mine < MAX_DOTS_ON_ONE_IDEA} language={language} onChange={onChange} />;
              })}
            </ul>
          </div>
        ))
      ) : (
        <p className="muted">{t('ideas.voting.chooseVoter')}</p>
      )}
    </section>
  );
}
