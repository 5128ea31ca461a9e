import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Eye, EyeOff, Lock } from 'lucide-react';
import { tallyVotes, voterProgress } from '../../../../shared/logic/dotVoting';
import { updateWorkshop } from '../../../data';
import { formatCount, participantName } from '../ideaLabels';
import type { IdeasData } from '../useIdeasData';
import { DotMeter } from './DotMeter';
import { RankingTable } from './RankingTable';

/**
 * How far the vote is (who has placed their dots) and, once the facilitator reveals it, the ranking.
 * Before the reveal no total per idea is shown anywhere, so nobody follows the crowd.
 */
export function ResultsCard({ data }: { data: IdeasData }) {
  const { t } = useTranslation();
  const headingId = useId();
  const { workshop, ideas, votes, participants } = data;
  const language = workshop.language;
  const revealed = workshop.votesRevealed;
  const allowance = workshop.dotsPerParticipant;
  const ideasById = useMemo(() => new Map(ideas.map((idea) => [idea.id, idea])), [ideas]);
  const results = useMemo(() => tallyVotes(ideas.map((idea) => idea.id), votes), [ideas, votes]);
  const progress = useMemo(() => voterProgress(participants.map((participant) => participant.id), votes, allowance), [participants, votes, allowance]);
  const names = new Map(participants.map((participant) => [participant.id, participantName(participant, t)]));
  const voting = progress.filter((entry) => entry.used > 0);

  const toggle = () => void updateWorkshop(workshop.id, { votesRevealed: !revealed }, t(revealed ? 'ideas.undo.hide' : 'ideas.undo.reveal'));

  return (
    <section className="card section-card ideas-results" aria-labelledby={headingId}>
      <div className="section-head">
        <h2 id={headingId}>{t('ideas.voting.resultsTitle')}</h2>
        <button type="button" className={revealed ? 'btn' : 'btn btn-primary'} onClick={toggle}>
          {revealed ? <EyeOff size={18} aria-hidden="true" /> : <Eye size={18} aria-hidden="true" />}
          {t(revealed ? 'ideas.voting.hide' : 'ideas.voting.reveal')}
        </button>
      </div>
      <p className="ideas-results-summary" data-testid="ideas-vote-summary">
        {t('ideas.voting.summary', {
          dots: formatCount(results.totalDots, language),
          count: results.voterCount,
          voters: formatCount(results.voterCount, language),
          people: formatCount(participants.length, language),
        })}
      </p>
      {revealed ? (
        <RankingTable ranking={results.ranking} ideasById={ideasById} language={language} />
      ) : (
        <p className="ideas-hidden-note">
          <Lock size={18} aria-hidden="true" /> <span>{t('ideas.voting.hiddenNote')}</span>
        </p>
      )}
      <h3 className="ideas-subtitle">{t('ideas.voting.progressTitle')}</h3>
      {voting.length === 0 ? (
        <p className="muted ideas-panel-note">{t('ideas.voting.nobodyYet')}</p>
      ) : (
        <ul className="ideas-progress-list">
          {voting.map((entry) => (
            <li key={entry.participantId}>
              <span className="ideas-progress-name">{names.get(entry.participantId)}</span>
              <DotMeter used={entry.used} total={allowance} />
              <span className="ideas-progress-count">
                {t(entry.over ? 'ideas.voting.usedOver' : 'ideas.voting.used', { used: formatCount(entry.used, language), total: formatCount(allowance, language) })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
