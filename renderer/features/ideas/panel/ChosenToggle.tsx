import { useTranslation } from 'react-i18next';
import { Star } from 'lucide-react';
import type { Idea } from '../../../../shared/domain';
import { updateRecord } from '../../../data';
import { noteExcerpt } from '../ideaLabels';

/** Chosen for the roadmap: a pressed/not pressed button whose name never changes, as toggles should. */
export function ChosenToggle({ idea, compact = false }: { idea: Idea; compact?: boolean }) {
  const { t } = useTranslation();
  const chosen = idea.selected;
  const flip = () => void updateRecord('ideas', idea.id, { selected: !chosen }, t(chosen ? 'ideas.undo.unchoose' : 'ideas.undo.choose', { count: 1, text: noteExcerpt(idea, t) }));
  return (
    <button
      type="button"
      className={`btn ideas-chosen-toggle${chosen ? ' is-on' : ''}${compact ? ' btn-icon' : ''}`}
      aria-pressed={chosen}
      aria-label={compact ? t('ideas.chosen.toggleFor', { text: noteExcerpt(idea, t) }) : undefined}
      title={compact ? t('ideas.chosen.toggle') : undefined}
      onClick={flip}
    >
      <Star size={18} aria-hidden="true" className="ideas-chosen-star" />
      {compact ? null : <span>{t('ideas.chosen.toggle')}</span>}
    </button>
  );
}
