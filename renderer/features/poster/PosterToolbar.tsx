import { useTranslation } from 'react-i18next';
import { LayoutGrid, Link2, UserPlus } from 'lucide-react';

interface PosterToolbarProps {
  peopleCount: number;
  onAddPerson: () => void;
  onAddRelation: () => void;
  onArrange: () => void;
}

/** The poster's commands, reachable by keyboard before the canvas in the tab order. */
export function PosterToolbar({ peopleCount, onAddPerson, onAddRelation, onArrange }: PosterToolbarProps) {
  const { t } = useTranslation();
  return (
    <div className="row-wrap poster-toolbar" role="group" aria-label={t('poster.toolbar.label')}>
      <button type="button" className="btn btn-primary" onClick={onAddPerson}>
        <UserPlus size={18} aria-hidden="true" /> {t('poster.toolbar.addPerson')}
      </button>
      <button type="button" className="btn" onClick={onAddRelation} disabled={peopleCount < 2} title={peopleCount < 2 ? t('poster.toolbar.needTwo') : undefined}>
        <Link2 size={18} aria-hidden="true" /> {t('poster.toolbar.addRelation')}
      </button>
      <button type="button" className="btn" onClick={onArrange} disabled={peopleCount === 0}>
        <LayoutGrid size={18} aria-hidden="true" /> {t('poster.toolbar.arrange')}
      </button>
    </div>
  );
}
