import { useTranslation } from 'react-i18next';
import type { Idea } from '../../../../shared/domain';
import type { IdeaTally } from '../../../../shared/logic/dotVoting';
import { ChosenToggle } from '../panel/ChosenToggle';
import { formatCount, noteText } from '../ideaLabels';

interface RankingTableProps {
  ranking: readonly IdeaTally[];
  ideasById: ReadonlyMap<string, Idea>;
  language: string;
}

/** The revealed result: ideas with dots, most first, ties sharing a rank; choose the winners from here. */
export function RankingTable({ ranking, ideasById, language }: RankingTableProps) {
  const { t } = useTranslation();
  const voted = ranking.filter((entry) => entry.dots > 0);
  const most = voted[0]?.dots ?? 0;
  const withoutDots = ranking.length - voted.length;
  if (voted.length === 0) return <p className="muted">{t('ideas.voting.noDotsYet')}</p>;
  return (
    <>
      <div className="table-scroll">
        <table className="data-table ideas-ranking" data-testid="ideas-ranking">
          <thead>
            <tr>
              <th scope="col" className="num">{t('ideas.voting.rank')}</th>
              <th scope="col">{t('ideas.voting.idea')}</th>
              <th scope="col">{t('ideas.voting.dots')}</th>
              <th scope="col" className="num">{t('ideas.voting.voters')}</th>
              <th scope="col">{t('ideas.voting.chosen')}</th>
            </tr>
          </thead>
          <tbody>
            {voted.map((entry) => {
              const idea = ideasById.get(entry.ideaId);
              if (!idea) return null;
              return (
                <tr key={entry.ideaId} data-testid="ideas-ranking-row">
                  <td className="num ideas-rank">
                    {formatCount(entry.rank, language)}
                    {entry.tied ? <span className="ideas-tie"> {t('ideas.voting.tie')}</span> : null}
                  </td>
                  <th scope="row" className="ideas-ranking-text">{noteText(idea, t)}</th>
                  <td>
                    <span className="ideas-ranking-dots">
                      <span className="ideas-ranking-bar" aria-hidden="true">
                        <span style={{ width: `${(entry.dots / most) * 100}%` }} />
                      </span>
                      <span className="ideas-ranking-number">{formatCount(entry.dots, language)}</span>
                    </span>
                  </td>
                  <td className="num">{formatCount(entry.voters, language)}</td>
                  <td>
                    <ChosenToggle idea={idea} compact />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {withoutDots > 0 ? <p className="muted ideas-panel-note">{t('ideas.voting.withoutDots', { count: withoutDots, formatted: formatCount(withoutDots, language) })}</p> : null}
    </>
  );
}
