import { useTranslation } from 'react-i18next';
import { ArrowDown, ArrowUp, Eye, EyeOff, RotateCcw } from 'lucide-react';
import { LONG_TEXT_MAX, type Question, type Workshop } from '../../../shared/domain';
import { findBuiltInQuestion } from '../../../shared/method/questionBank';
import { updateRecord } from '../../data';
import { RecordTextField } from '../../components/fields';
import { DeleteRecordButton } from '../../components/DeleteRecordButton';
import type { MoveDirection } from './questionOrder';
import { formatCount } from './situationFormat';
import { reportRefusedEdit } from './writeErrors';

interface QuestionEditRowProps {
  workshop: Workshop;
  question: Question;
  /** How people call it: "question 3", or "hidden question 2 in Visit management". */
  name: string;
  /** Its number among the visible questions; null while hidden. */
  number: number | null;
  canMoveUp: boolean;
  canMoveDown: boolean;
  onMove: (direction: MoveDirection, name: string) => void;
}

export function QuestionEditRow({ workshop, question, name, number, canMoveUp, canMoveDown, onMove }: QuestionEditRowProps) {
  const { t } = useTranslation();
  const builtInText = question.builtInKey === undefined ? undefined : findBuiltInQuestion(question.builtInKey)?.text[workshop.language];
  const reworded = builtInText !== undefined && question.text.trim() !== '' && question.text !== builtInText;
  const toggleHidden = () =>
    updateRecord('questions', question.id, { hidden: !question.hidden }, t(question.hidden ? 'situation.undo.show' : 'situation.undo.hide', { name })).catch(reportRefusedEdit);

  return (
    <li className={`situation-question situation-edit-row ${question.hidden ? 'is-hidden' : ''}`} data-testid="question-edit-row">
      <span className="situation-number" aria-hidden="true">{number === null ? '–' : formatCount(number, workshop.language)}</span>
      <div className="situation-edit-main">
        <RecordTextField
          kind="questions"
          record={question}
          field="text"
          label={t('situation.edit.wording', { name })}
          hideLabel
          multiline
          maxLength={LONG_TEXT_MAX}
          placeholder={builtInText}
          className="situation-edit-text"
          undoLabel={t('situation.undo.reword', { name })}
        />
        <div className="row-wrap situation-edit-meta">
          {question.hidden ? <span className="badge">{t('situation.edit.hiddenBadge')}</span> : null}
          {question.builtInKey === undefined ? <span className="badge badge-primary">{t('situation.edit.ownBadge')}</span> : null}
          {reworded ? (
            <button
              type="button"
              className="btn btn-ghost situation-small-button"
              aria-label={`${t('situation.edit.useBuiltIn')}: ${name}`}
              onClick={() => updateRecord('questions', question.id, { text: builtInText }, t('situation.undo.builtInWording', { name })).catch(reportRefusedEdit)}
            >
              <RotateCcw size={16} aria-hidden="true" /> {t('situation.edit.useBuiltIn')}
            </button>
          ) : null}
        </div>
      </div>
      <div className="situation-edit-actions">
        <button type="button" className="btn btn-ghost btn-icon" data-move={`${question.id}:-1`} disabled={!canMoveUp} onClick={() => onMove(-1, name)} aria-label={t('situation.edit.moveUp', { name })} title={t('situation.edit.moveUp', { name })}>
          <ArrowUp size={18} aria-hidden="true" />
        </button>
        <button type="button" className="btn btn-ghost btn-icon" data-move={`${question.id}:1`} disabled={!canMoveDown} onClick={() => onMove(1, name)} aria-label={t('situation.edit.moveDown', { name })} title={t('situation.edit.moveDown', { name })}>
          <ArrowDown size={18} aria-hidden="true" />
        </button>
        <button type="button" className="btn btn-ghost situation-hide-button" onClick={toggleHidden} aria-label={t(question.hidden ? 'situation.edit.showNamed' : 'situation.edit.hideNamed', { name })}>
          {question.hidden ? <Eye size={18} aria-hidden="true" /> : <EyeOff size={18} aria-hidden="true" />}
          {t(question.hidden ? 'situation.edit.show' : 'situation.edit.hide')}
        </button>
        <DeleteRecordButton kind="questions" id={question.id} workshopId={workshop.id} name={name} undoLabel={t('situation.undo.delete', { name })} />
      </div>
    </li>
  );
}
