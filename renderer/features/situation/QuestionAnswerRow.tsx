import { useTranslation } from 'react-i18next';
import { LONG_TEXT_MAX, type Answer, type Question, type Workshop } from '../../../shared/domain';
import { isAnswered } from '../../../shared/logic/maturity';
import { questionDisplayText } from '../../../shared/method/questionBank';
import { RecordTextField } from '../../components/fields';
import { AnswerChoiceGroup } from './AnswerChoiceGroup';
import { maturityOptions, responseOptions } from './answerOptions';
import { FindingAction } from './FindingAction';
import type { SituationModel } from './situationModel';
import { formatCount } from './situationFormat';

interface QuestionAnswerRowProps {
  workshop: Workshop;
  question: Question;
  answer: Answer | undefined;
  model: SituationModel;
}

/** One question as the group answers it: response, maturity, then evidence and owner once rated. */
export function QuestionAnswerRow({ workshop, question, answer, model }: QuestionAnswerRowProps) {
  const { t } = useTranslation();
  const language = workshop.language;
  const number = model.numberOf.get(question.id) ?? 0;
  const questionName = t('situation.questionName', { number });
  const answered = isAnswered(answer);
  const textId = `situation-question-${question.id}`;
  return (
    <li className={`situation-question ${answered ? 'is-answered' : 'is-unanswered'}`} aria-labelledby={textId} data-testid="question-row">
      <div className="situation-question-head">
        <span className="situation-number" aria-hidden="true">{formatCount(number, language)}</span>
        <p className="situation-question-text" id={textId}>
          <span className="visually-hidden">{questionName}: </span>
          {questionDisplayText(question, language)}
        </p>
        {answered ? null : <span className="badge badge-warning situation-unanswered-badge">{t('situation.unanswered')}</span>}
      </div>
      <div className="situation-question-body">
        <div className="situation-question-choices">
          <AnswerChoiceGroup
            workshopId={workshop.id}
            question={question}
            answer={answer}
            field="response"
            legend={t('situation.answer.response')}
            legendDetail={questionName}
            options={responseOptions(t)}
            undoLabel={t('situation.undo.response', { number })}
          />
          <AnswerChoiceGroup
            workshopId={workshop.id}
            question={question}
            answer={answer}
            field="maturity"
            legend={t('situation.answer.maturity')}
            legendDetail={questionName}
            options={maturityOptions(t, (level) => formatCount(level, language))}
            undoLabel={t('situation.undo.maturity', { number })}
          />
        </div>
        {answer ? (
          <div className="situation-question-details">
            <div className="situation-evidence">
              <span className="situation-caption" aria-hidden="true">{t('situation.answer.evidence')}</span>
              <RecordTextField
                kind="answers"
                record={answer}
                field="evidence"
                label={`${t('situation.answer.evidence')}, ${questionName}`}
                hideLabel
                multiline
                maxLength={LONG_TEXT_MAX}
                undoLabel={t('situation.undo.evidence', { number })}
              />
            </div>
            <div className="situation-owner">
              <span className="situation-caption" aria-hidden="true">{t('situation.answer.owner')}</span>
              <RecordTextField
                kind="answers"
                record={answer}
                field="owner"
                label={`${t('situation.answer.owner')}, ${questionName}`}
                hideLabel
                undoLabel={t('situation.undo.owner', { number })}
              />
            </div>
            <div className="situation-question-action">
              <FindingAction workshop={workshop} question={question} answer={answer} number={number} model={model} />
            </div>
          </div>
        ) : null}
      </div>
    </li>
  );
}
