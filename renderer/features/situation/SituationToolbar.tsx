import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Check, Pencil, Presentation } from 'lucide-react';
import type { SituationModel } from './situationModel';
import { formatCount } from './situationFormat';

interface SituationToolbarProps {
  model: SituationModel;
  language: string;
  editing: boolean;
  onToggleEditing: () => void;
  onlyUnanswered: boolean;
  onToggleOnlyUnanswered: (value: boolean) => void;
  onFacilitate: () => void;
  facilitateButtonRef: RefObject<HTMLButtonElement | null>;
}

/** How far the group got, and the switches between answering, editing the bank and facilitating. */
export function SituationToolbar({ model, language, editing, onToggleEditing, onlyUnanswered, onToggleOnlyUnanswered, onFacilitate, facilitateButtonRef }: SituationToolbarProps) {
  const { t } = useTranslation();
  const { answered, questions, unanswered, hidden } = model.summary.counts;
  const percent = questions === 0 ? 0 : Math.round((answered / questions) * 100);
  return (
    <section className="card situation-toolbar" aria-label={t('situation.toolbar.label')}>
      <div className="situation-progress">
        <p className="situation-progress-text">
          {t('situation.toolbar.answered', { answered: formatCount(answered, language), total: formatCount(questions, language) })}
        </p>
        <div className="situation-progress-track" aria-hidden="true">
          <div className="situation-progress-fill" style={{ width: `${percent}%` }} />
        </div>
        <div className="row-wrap">
          {unanswered > 0 ? (
            <span className="badge badge-warning situation-unanswered-count" data-testid="unanswered-count">
              {t('situation.toolbar.unanswered', { count: unanswered, formatted: formatCount(unanswered, language) })}
            </span>
          ) : questions > 0 ? (
            <span className="badge badge-success" data-testid="unanswered-count">
              <Check size={14} aria-hidden="true" /> {t('situation.toolbar.allAnswered')}
            </span>
          ) : null}
          {hidden > 0 ? <span className="badge">{t('situation.toolbar.hidden', { count: hidden, formatted: formatCount(hidden, language) })}</span> : null}
        </div>
      </div>
      <div className="situation-toolbar-actions">
        {editing ? null : (
          <label className="checkbox-field">
            <input type="checkbox" checked={onlyUnanswered} onChange={(event) => onToggleOnlyUnanswered(event.target.checked)} />
            <span>{t('situation.toolbar.onlyUnanswered')}</span>
          </label>
        )}
        <button type="button" className="btn" aria-pressed={editing} onClick={onToggleEditing}>
          <Pencil size={18} aria-hidden="true" />
          {editing ? t('situation.toolbar.doneEditing') : t('situation.toolbar.editQuestions')}
        </button>
        <button type="button" ref={facilitateButtonRef} className="btn btn-primary" onClick={onFacilitate} disabled={questions === 0} aria-haspopup="dialog">
          <Presentation size={18} aria-hidden="true" />
          {t('situation.toolbar.facilitate')}
        </button>
      </div>
    </section>
  );
}
