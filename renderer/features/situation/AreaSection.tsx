import { useTranslation } from 'react-i18next';
import { MATURITY_MAX, type Workshop } from '../../../shared/domain';
import type { AreaGroup, SituationModel } from './situationModel';
import { formatAverage, formatCount } from './situationFormat';
import { QuestionAnswerRow } from './QuestionAnswerRow';
import { QuestionEditList } from './QuestionEditList';
import { AddQuestionForm } from './AddQuestionForm';

interface AreaSectionProps {
  group: AreaGroup;
  model: SituationModel;
  workshop: Workshop;
  editing: boolean;
  /** When set, only these questions are listed (the ones unanswered when the filter was turned on). */
  onlyIds: ReadonlySet<string> | null;
}

/** One area of the questionnaire: its questions to answer, or to edit. */
export function AreaSection({ group, model, workshop, editing, onlyIds }: AreaSectionProps) {
  const { t } = useTranslation();
  const language = workshop.language;
  const area = model.summary.areas.find((candidate) => candidate.area === group.area);
  const visible = group.questions.filter((question) => !question.hidden);
  if (!editing && visible.length === 0) return null;
  const shown = onlyIds && !editing ? visible.filter((question) => onlyIds.has(question.id)) : visible;
  const headingId = `situation-area-${encodeURIComponent(group.area)}`;

  return (
    <section className="card section-card situation-area" aria-labelledby={headingId}>
      <div className="section-head">
        <h2 id={headingId}>{group.name}</h2>
        {area ? (
          <p className="situation-area-facts">
            <span>
              {t('situation.area.answered', { answered: formatCount(area.answeredCount, language), total: formatCount(area.questionCount, language) })}
            </span>
            <span className="situation-area-average">
              {t('situation.area.average', { average: formatAverage(area.average, language), max: formatCount(MATURITY_MAX, language) })}
            </span>
          </p>
        ) : null}
      </div>
      {editing ? (
        <>
          <QuestionEditList group={group} model={model} workshop={workshop} />
          <AddQuestionForm area={group.area} areaName={group.name} workshop={workshop} nextOrder={model.nextQuestionOrder} />
        </>
      ) : shown.length === 0 ? (
        <p className="muted">{t('situation.area.allAnswered')}</p>
      ) : (
        <ol className="situation-question-list">
          {shown.map((question) => (
            <QuestionAnswerRow key={question.id} workshop={workshop} question={question} answer={model.answerOf.get(question.id)} model={model} />
          ))}
        </ol>
      )}
    </section>
  );
}
