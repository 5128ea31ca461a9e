import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Users, Vote } from 'lucide-react';
import { EmptyState } from '../../../components/EmptyState';
import { useAnnouncer } from '../useAnnouncer';
import type { IdeasData } from '../useIdeasData';
import { BallotCard } from './BallotCard';
import { ResultsCard } from './ResultsCard';
import { NO_VOTER } from './VoterSelect';
import './voting.css';

/** Dot voting: the ballot of one participant at a time beside the (hidden, then revealed) result. */
export function VotingView({ data }: { data: IdeasData }) {
  const { t } = useTranslation();
  const { announce, liveRegion } = useAnnouncer();
  const firstExpert = data.participants.find((participant) => participant.expertGroup) ?? data.participants[0];
  const [chosenVoter, setChosenVoter] = useState<string | null>(null);
  const voterId = chosenVoter ?? firstExpert?.id ?? NO_VOTER;

  if (data.participants.length === 0) {
    return <EmptyState icon={<Users size={40} />} title={t('ideas.voting.noParticipantsTitle')} body={t('ideas.voting.noParticipantsBody')} />;
  }
  if (data.ideas.length === 0) {
    return <EmptyState icon={<Vote size={40} />} title={t('ideas.voting.noIdeasTitle')} body={t('ideas.voting.noIdeasBody')} />;
  }
  return (
    <div className="ideas-voting">
      <p className="muted ideas-view-intro">{t('ideas.voting.intro', { count: data.workshop.dotsPerParticipant })}</p>
      <div className="ideas-voting-layout">
        <ResultsCard data={data} />
        <BallotCard data={data} voterId={voterId} onVoterChange={setChosenVoter} announce={announce} />
      </div>
      {liveRegion}
    </div>
  );
}
