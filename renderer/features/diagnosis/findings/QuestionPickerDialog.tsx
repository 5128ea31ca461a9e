import { useTranslation } from 'react-i18next';
import type { Finding, Language, Question } from '../../../../shared/domain';
import { questionAreaName, questionDisplayText } from '../../../../shared/method/questionBank';
import { Dialog } from '../../../components/Dialog';
import { groupQuestionsByArea } from './questionGroups';
import { useQuestionLinks } from './useQuestionLinks';

interface QuestionPickerDialogProps {
  open: boolean;
  onClose: () => void;
  finding: Finding;
  questions: readonly Question[];
  language: Language;
}

/** Every tick is stored at once and is its own undo step; "Done" only closes. */
export function QuestionPickerDialog({ open, onClose, finding, questions, language }: QuestionPickerDialogProps) {
  const { t } = useTranslation();
  const toggle = useQuestionLinks(finding, t('diagnosis.undo.linkQuestions'));
  const groups = groupQuestionsByArea(questions, finding.questionIds);
  return (
    <Dialog
      open={open}
      onClose={onClose}
      size="lg"
      title={t('diagnosis.picker.title')}
      footer={
        <button type="button" className="btn btn-primary" onClick={onClose}>
          {t('diagnosis.picker.done')}
        </button>
      }
    >
      <div className="stack">
        <p className="muted">{t('diagnosis.picker.intro', { title: finding.title.trim() || t('diagnosis.findings.untitled') })}</p>
        {groups.length === 0 ? <p>{t('diagnosis.picker.none')}</p> : null}
        {groups.map((group) => (
          <fieldset key={group.area} className="diag-picker-area">
            <legend>{questionAreaName(group.area, language)}</legend>
            {group.questions.map((question) => (
              <label key={question.id} className="diag-picker-option">
                <input type="checkbox" checked={finding.questionIds.includes(question.id)} onChange={(event) => toggle(question.id, event.target.checked)} />
                <span>
                  {questionDisplayText(question, language)}
                  {question.hidden ? <span className="muted"> {t('diagnosis.picker.hidden')}</span> : null}
                </span>
              </label>
            ))}
          </fieldset>
        ))}
      </div>
    </Dialog>
  );
}
