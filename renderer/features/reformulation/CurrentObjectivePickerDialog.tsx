import { useTranslation } from 'react-i18next';
import { CornerDownRight } from 'lucide-react';
import type { CurrentObjective, FinalObjective } from '../../../shared/domain';
import { Dialog } from '../../components/Dialog';
import { formatBaselineToTarget } from './figures';

interface CurrentObjectivePickerDialogProps {
  open: boolean;
  onClose: () => void;
  currentObjectives: readonly CurrentObjective[];
  finalObjectives: readonly FinalObjective[];
  language: string;
  onPick: (current: CurrentObjective) => void;
  onStartFromScratch: () => void;
}

/** Which of this year's objectives the group rewrites next; one already reformulated can be again. */
export function CurrentObjectivePickerDialog({ open, onClose, currentObjectives, finalObjectives, language, onPick, onStartFromScratch }: CurrentObjectivePickerDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={open}
      onClose={onClose}
      size="lg"
      title={t('reformulation.add.pickerTitle')}
      footer={
        <button type="button" className="btn" onClick={onClose}>
          {t('common.cancel')}
        </button>
      }
    >
      {currentObjectives.length === 0 ? (
        <div className="stack">
          <p>{t('reformulation.add.noCurrentObjectives')}</p>
          <div>
            <button type="button" className="btn btn-primary" onClick={onStartFromScratch} data-autofocus>
              {t('reformulation.add.fromScratch')}
            </button>
          </div>
        </div>
      ) : (
        <div className="stack">
          <p className="muted">{t('reformulation.add.pickerIntro')}</p>
          <ul className="ref-current-list">
            {currentObjectives.map((current, index) => {
              const title = current.title.trim() || t('reformulation.original.untitled', { number: index + 1 });
              const reformulations = finalObjectives.filter((objective) => objective.originalObjectiveId === current.id).length;
              return (
                <li key={current.id} className="ref-current-option">
                  <div className="ref-current-text">
                    <span className="ref-current-title">{title}</span>
                    <span className="muted ref-current-meta">
                      {[current.metric.trim(), formatBaselineToTarget(current.baseline, current.target, current.unit, language), current.period.trim()].filter(Boolean).join(' · ')}
                    </span>
                    {reformulations > 0 ? <span className="badge badge-primary">{t('reformulation.add.alreadyReformulated', { count: reformulations })}</span> : null}
                  </div>
                  <button type="button" className="btn btn-primary" onClick={() => onPick(current)} aria-label={t('reformulation.add.reformulateNamed', { title })} data-autofocus={index === 0 ? true : undefined}>
                    <CornerDownRight size={18} aria-hidden="true" />
                    {t('reformulation.add.reformulate')}
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </Dialog>
  );
}
