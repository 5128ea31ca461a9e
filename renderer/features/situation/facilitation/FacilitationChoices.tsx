import { useTranslation } from 'react-i18next';
import { ANSWER_RESPONSES, type Answer, type AnswerResponse } from '../../../../shared/domain';
import { MATURITY_LEVELS } from '../answerOptions';
import { formatCount } from '../situationFormat';
import type { ResponseLetters } from './facilitationKeys';

interface FacilitationChoicesProps {
  answer: Answer | undefined;
  letters: ResponseLetters;
  language: string;
  onResponse: (response: AnswerResponse) => void;
  onMaturity: (maturity: number) => void;
}

/**
 * Toggle buttons rather than radios: arrow keys must stay free to move between questions, and each
 * button shows the key that does the same.
 */
export function FacilitationChoices({ answer, letters, language, onResponse, onMaturity }: FacilitationChoicesProps) {
  const { t } = useTranslation();
  return (
    <div className="situation-fac-choices">
      <div role="group" aria-labelledby="situation-fac-response" className="situation-fac-group">
        <span id="situation-fac-response" className="situation-eyebrow">{t('situation.answer.response')}</span>
        <div className="situation-fac-buttons">
          {ANSWER_RESPONSES.map((response) => (
            <button
              key={response}
              type="button"
              className="btn situation-fac-choice"
              aria-pressed={answer?.response === response}
              aria-keyshortcuts={letters[response]}
              onClick={() => onResponse(response)}
            >
              <span>{t(`situation.response.${response}`)}</span>
              <kbd aria-hidden="true">{letters[response]}</kbd>
            </button>
          ))}
        </div>
      </div>
      <div role="group" aria-labelledby="situation-fac-maturity" className="situation-fac-group">
        <span id="situation-fac-maturity" className="situation-eyebrow">{t('situation.answer.maturity')}</span>
        <div className="situation-fac-buttons situation-fac-buttons-levels">
          {MATURITY_LEVELS.map((level) => (
            <button
              key={level}
              type="button"
              className="btn situation-fac-choice situation-fac-level"
              aria-pressed={answer?.maturity === level}
              aria-keyshortcuts={String(level)}
              onClick={() => onMaturity(level)}
            >
              <span className="situation-fac-level-number">{formatCount(level, language)}</span>
              <span className="situation-fac-level-name">{t(`situation.maturity.level${level}`)}</span>
            </button>
          ))}
        </div>
      </div>
    </div>
  );
}
