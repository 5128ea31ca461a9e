import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PhaseScreenProps } from '../phaseScreens';
import { usePresenting } from '../facilitation/presenting';
import { BoardView } from './board/BoardView';
import { MatrixView } from './matrix/MatrixView';
import { IdeasProjector } from './presenter/IdeasProjector';
import { useIdeasData } from './useIdeasData';
import { VotingView } from './voting/VotingView';
import { Tabs, type TabItem } from '../../components/Tabs';
import './ideas.css';

/** The phase's three views: the board, the impact/effort matrix, the vote. */
const IDEAS_VIEWS = ['board', 'matrix', 'voting'] as const;
type IdeasView = (typeof IDEAS_VIEWS)[number];

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

  const tabs: TabItem<IdeasView>[] = IDEAS_VIEWS.map((key) => ({ key, label: t(`ideas.tabs.${key}`) }));
  return (
    <div className="ideas-screen">
      <Tabs label={t('ideas.tabs.label')} tabs={tabs} active={view} onChange={setView} idPrefix={idPrefix} classPrefix="ideas" />
      <div role="tabpanel" id={`${idPrefix}-panel-${view}`} aria-labelledby={`${idPrefix}-tab-${view}`} className="ideas-view">
        {view === 'board' ? <BoardView data={data} /> : null}
        {view === 'matrix' ? <MatrixView data={data} /> : null}
        {view === 'voting' ? <VotingView data={data} /> : null}
      </div>
    </div>
  );
}
