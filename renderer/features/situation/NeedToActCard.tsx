import { useTranslation } from 'react-i18next';
import { TriangleAlert } from 'lucide-react';
import { MATURITY_MAX, type Workshop } from '../../../shared/domain';
import { questionAreaName, questionDisplayText } from '../../../shared/method/questionBank';
import type { SituationModel } from './situationModel';
import { formatAverage, formatCount } from './situationFormat';
import { ResponseBadge } from './ResponseBadge';
import { FindingAction } from './FindingAction';

/** "Need to act": the weakest area and its weakest answers, each one step away from a finding. */
export function NeedToActCard({ model, workshop }: { model: SituationModel; workshop: Workshop }) {
  const { t } = useTranslation();
  const { weakestArea, weakestAnswers } = model.summary;
  const language = workshop.language;
  return (
    <section className="card section-card situation-need-card" aria-labelledby="situation-need-title" data-testid="need-to-act">
      <h2 id="situation-need-title" className="situation-need-title">
        <TriangleAlert size={20} aria-hidden="true" /> {t('situation.need.title')}
      </h2>
      {weakestArea === null ? (
        <div className="situation-need-empty">
          <p className="muted">{t('situation.need.empty')}</p>
          <p className="muted">{t('situation.need.facilitateHint')}</p>
        </div>
      ) : (
        <>
          <div className="situation-weakest-area">
            <span className="situation-eyebrow">{t('situation.need.weakestArea')}</span>
            <strong className="situation-weakest-name">{questionAreaName(weakestArea.area, language)}</strong>
            <span className="muted">
              {t('situation.need.areaFacts', {
                average: formatAverage(weakestArea.average, language),
                max: formatCount(MATURITY_MAX, language),
                answered: formatCount(weakestArea.answeredCount, language),
                total: formatCount(weakestArea.questionCount, language),
              })}
            </span>
          </div>
          {weakestAnswers.length === 0 ? (
            <p className="muted">{t('situation.need.noWeakAnswers')}</p>
          ) : (
            <>
              <h3 className="situation-eyebrow">{t('situation.need.weakestAnswers')}</h3>
              <ol className="situation-weak-list">
                {weakestAnswers.map((weak) => {
                  const question = model.ordered.find((candidate) => candidate.id === weak.questionId);
                  const answer = model.answerOf.get(weak.questionId);
                  if (!question || !answer) return null;
                  const number = model.numberOf.get(question.id) ?? 0;
                  return (
                    <li key={weak.questionId} className="situation-weak-item">
                      <span className="situation-number" aria-hidden="true">{formatCount(number, language)}</span>
                      <div className="situation-weak-body">
                        <p>
                          <span className="visually-hidden">{t('situation.questionName', { number })}: </span>
                          {questionDisplayText(question, language)}
                        </p>
                        <div className="row-wrap">
                          <ResponseBadge response={weak.response} />
                          {weak.maturity !== null ? (
                            <span className="badge">{t('situation.need.maturityValue', { value: formatCount(weak.maturity, language) })}</span>
                          ) : null}
                          <FindingAction workshop={workshop} question={question} answer={answer} number={number} model={model} />
                        </div>
                      </div>
                    </li>
                  );
                })}
              </ol>
            </>
          )}
        </>
      )}
    </section>
  );
}
