import { useTranslation } from 'react-i18next';
import type { FinalObjective, Finding, Language, Question } from '../../../../shared/domain';
import { questionAreaName, questionDisplayText } from '../../../../shared/method/questionBank';
import { objectiveLinkHash } from '../../reformulation/objectiveFocus';

interface FindingDetailsProps {
  finding: Finding;
  questionsById: ReadonlyMap<string, Question>;
  /** Final objectives (phase 4) built on this finding: "what did this lead to?". */
  usedBy: readonly FinalObjective[];
  language: Language;
}

/** A finding as the room reads it: what, the proof, where it came from and what it led to. */
export function FindingDetails({ finding, questionsById, usedBy, language }: FindingDetailsProps) {
  const { t } = useTranslation();
  const linked = finding.questionIds.map((id) => questionsById.get(id)).filter((question): question is Question => question !== undefined);
  return (
    <div className="diag-finding-body">
      {finding.description.trim() ? <p className="diag-prose">{finding.description}</p> : <p className="muted">{t('diagnosis.findings.noDescription')}</p>}
      {finding.evidence.trim() ? (
        <p className="diag-evidence">
          <span className="diag-label">{t('diagnosis.findings.evidence')}</span> <span className="diag-prose">{finding.evidence}</span>
        </p>
      ) : null}
      <div className="diag-trace">
        <span className="diag-label">{t('diagnosis.findings.revealedBy')}</span>
        {linked.length === 0 ? (
          <span className="muted">{t('diagnosis.findings.notLinked')}</span>
        ) : (
          <ul className="diag-question-list">
            {linked.map((question) => (
              <li key={question.id}>
                <span className="diag-question-area">{questionAreaName(question.area, language)}</span> {questionDisplayText(question, language)}
              </li>
            ))}
          </ul>
        )}
      </div>
      {usedBy.length > 0 ? (
        <div className="diag-trace">
          <span className="diag-label">{t('diagnosis.findings.usedBy')}</span>
          <ul className="diag-chip-list">
            {usedBy.map((objective) => (
              <li key={objective.id} className="badge">
                <a href={objectiveLinkHash(finding.workshopId, objective.id)}>{objective.title.trim() || t('diagnosis.findings.untitledObjective')}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
