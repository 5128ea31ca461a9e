import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PhaseScreenProps } from '../phaseScreens';
import { usePresenting } from '../facilitation/presenting';
import { BoardView } from './board/BoardView';
import { IdeasTabs, type IdeasView } from './IdeasTabs';
import { MatrixView } from './matrix/MatrixView';
import { IdeasProjector } from './presenter/IdeasProjector';
import { useIdeasData } from './useIdeasData';
import { VotingView } from './voting/VotingView';
import './ideas.css';

/** Phase 5: the expert group's ideas — captured, clustered on a board, rated, voted on and chosen. */
export default function IdeasScreen({ workshop }: PhaseScreenProps) {
  const { t } = useTranslation();
  const idPrefix = useId();
  const [view, setView] = useState<IdeasView>('board');
  const data = useIdeasData(workshop);
  const presenting = usePresenting();
  if (!data) return <p className="muted" role="status">{t('app.loading')}</p>;

  if (presenting) {
    // On the projector: the board alone, toured cluster by cluster, read-only.
    return (
      <div className="ideas-screen">
        <IdeasProjector data={data} />
      </div>
    );
  }

  const labels = { board: t('ideas.tabs.board'), matrix: t('ideas.tabs.matrix'), voting: t('ideas.tabs.voting') };
  return (
    <div className="ideas-screen">
      <IdeasTabs label={t('ideas.tabs.label')} labels={labels} active={view} onChange={setView} idPrefix={idPrefix} />
      <div role="tabpanel" id={`${idPrefix}-panel-${view}`} aria-labelledby={`${idPrefix}-tab-${view}`} className="ideas-view">
        {view === 'board' ? <BoardView data={data} /> : null}
        {view === 'matrix' ? <MatrixView data={data} /> : null}
        {view === 'voting' ? <VotingView data={data} /> : null}
      </div>
    </div>
  );
}
