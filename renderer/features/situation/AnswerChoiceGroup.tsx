import { useId } from 'react';
import type { Answer, Question } from '../../../shared/domain';
import { saveAnswer } from './answerWriter';
import { reportRefusedEdit } from './writeErrors';
import type { AnswerOption } from './answerOptions';

type ChoiceField = 'response' | 'maturity';

interface AnswerChoiceGroupProps<F extends ChoiceField> {
  workshopId: string;
  question: Question;
  answer: Answer | undefined;
  field: F;
  legend: string;
  /** Names the question for screen readers, since every row has the same legends. */
  legendDetail: string;
  options: readonly AnswerOption<Answer[F]>[];
  undoLabel: string;
}

/**
 * Radio buttons bound to one field of a question's answer. Unlike the generic RecordChoiceGroup it
 * works before the answer exists: the first choice creates it, in the same DOM, so keyboard focus
 * stays on the radio that was just chosen.
 */
export function AnswerChoiceGroup<F extends ChoiceField>({ workshopId, question, answer, field, legend, legendDetail, options, undoLabel }: AnswerChoiceGroupProps<F>) {
  const name = useId();
  const current = answer ? answer[field] : undefined;
  const choose = (value: Answer[F]) => {
    saveAnswer(workshopId, question.id, answer, { [field]: value }, undoLabel).catch(reportRefusedEdit);
  };
  return (
    // The group's name adds the question, since every row has the same visible legends.
    <fieldset className={`choice-group situation-choice situation-choice-${field}`} aria-label={`${legend}, ${legendDetail}`}>
      <legend>{legend}</legend>
      <div className="choice-options">
        {options.map((option) => {
          const optionId = `${name}-${String(option.value)}`;
          return (
            <span key={String(option.value)} className="choice-option">
              <input type="radio" id={optionId} name={name} checked={current === option.value} onChange={() => choose(option.value)} />
              <label htmlFor={optionId} title={option.hint}>
                {option.spokenLabel ? (
                  <>
                    <span aria-hidden="true">{option.label}</span>
                    <span className="visually-hidden">{option.spokenLabel}</span>
                  </>
                ) : (
                  option.label
                )}
              </label>
            </span>
          );
        })}
      </div>
    </fieldset>
  );
}
