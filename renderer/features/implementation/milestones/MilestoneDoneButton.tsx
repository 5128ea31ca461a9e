import { useTranslation } from 'react-i18next';
import { Check, RotateCcw } from 'lucide-react';
import type { Milestone } from '../../../../shared/domain';
import { undo, updateRecord } from '../../../data';
import { showToast } from '../../../components/toastStore';

interface MilestoneDoneButtonProps {
  milestone: Milestone;
  workshopId: string;
}

/**
 * Marks a milestone reached, or opens it again. One button that changes its words, so the keyboard
 * focus stays on it either way.
 */
export function MilestoneDoneButton({ milestone, workshopId }: MilestoneDoneButtonProps) {
  const { t } = useTranslation();
  const title = milestone.title.trim() || t('implementation.milestones.untitled');

  const toggle = async () => {
    const done = !milestone.done;
    await updateRecord('milestones', milestone.id, { done }, t(done ? 'implementation.undo.markDone' : 'implementation.undo.reopen'));
    if (done) {
      showToast({
        tone: 'success',
        message: t('implementation.milestones.markedDone', { title }),
        action: { label: t('common.undo'), run: async () => void (await undo(workshopId)) },
      });
    }
  };

  return (
    <button
      type="button"
      className={milestone.done ? 'btn btn-ghost impl-done-button' : 'btn impl-done-button'}
      onClick={() => void toggle()}
      aria-label={t(milestone.done ? 'implementation.milestones.reopenNamed' : 'implementation.milestones.markDoneNamed', { title })}
    >
      {milestone.done ? <RotateCcw size={16} aria-hidden="true" /> : <Check size={16} aria-hidden="true" />}
      {t(milestone.done ? 'implementation.milestones.reopen' : 'implementation.milestones.markDone')}
    </button>
  );
}
