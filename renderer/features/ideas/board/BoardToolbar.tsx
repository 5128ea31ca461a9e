import { useTranslation } from 'react-i18next';
import { Filter, Group } from 'lucide-react';
import { formatCount } from '../ideaLabels';

interface BoardToolbarProps {
  onCanvas: number;
  inInbox: number;
  chosen: number;
  onlyChosen: boolean;
  onToggleOnlyChosen: () => void;
  /** Notes currently selected; a new cluster is drawn around them. */
  selectedNotes: number;
  onNewCluster: () => void;
  language: string;
}

/** Counts of the board, the "chosen only" filter and a new cluster. */
export function BoardToolbar({ onCanvas, inInbox, chosen, onlyChosen, onToggleOnlyChosen, selectedNotes, onNewCluster, language }: BoardToolbarProps) {
  const { t } = useTranslation();
  return (
    <div className="ideas-toolbar">
      <p className="ideas-toolbar-counts muted" data-testid="ideas-counts">
        {t('ideas.toolbar.counts', {
          canvas: formatCount(onCanvas, language),
          inbox: formatCount(inInbox, language),
          chosen: formatCount(chosen, language),
        })}
      </p>
      <div className="row-wrap">
        <button type="button" className={`btn${onlyChosen ? ' ideas-filter-on' : ''}`} aria-pressed={onlyChosen} onClick={onToggleOnlyChosen}>
          <Filter size={18} aria-hidden="true" /> {t('ideas.toolbar.onlyChosen')}
        </button>
        <button type="button" className="btn" onClick={onNewCluster}>
          <Group size={18} aria-hidden="true" /> {selectedNotes > 1 ? t('ideas.toolbar.clusterFromSelection', { count: selectedNotes }) : t('ideas.toolbar.newCluster')}
        </button>
      </div>
    </div>
  );
}
