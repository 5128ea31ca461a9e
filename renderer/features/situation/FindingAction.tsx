import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CircleCheck, FilePlus2 } from 'lucide-react';
import type { Answer, Question, Workshop } from '../../../shared/domain';
import { questionDisplayText } from '../../../shared/method/questionBank';
import { addRecord } from '../../data';
import { navigate, routeToHash } from '../../app/router';
import { showToast } from '../../components/toastStore';
import { draftFindingFromAnswer } from './findingDraft';
import { reportRefusedEdit } from './writeErrors';
import type { SituationModel } from './situationModel';

interface FindingActionProps {
  workshop: Workshop;
  question: Question;
  answer: Answer | undefined;
  number: number;
  model: SituationModel;
}

/**
 * A 'no' or 'partly' is where phase 3 starts looking: one click turns it into a finding linked to the
 * question. Once a finding links the question, a link to the diagnosis replaces the button.
 */
export function FindingAction({ workshop, question, answer, number, model }: FindingActionProps) {
  const { t } = useTranslation();
  // Set when this button created the finding, so focus follows to the link that replaces it.
  const focusLinkWhenShown = useRef(false);
  const existingLink = useRef<HTMLAnchorElement>(null);
  const hasFinding = model.questionsWithFinding.has(question.id);
  const diagnosisRoute = { name: 'workshop', workshopId: workshop.id, phase: 'diagnosis' } as const;

  useEffect(() => {
    if (!hasFinding || !focusLinkWhenShown.current) return;
    focusLinkWhenShown.current = false;
    existingLink.current?.focus();
  }, [hasFinding]);

  if (hasFinding) {
    return (
      <a
        ref={existingLink}
        href={routeToHash(diagnosisRoute)}
        className="badge badge-success situation-finding-link"
        aria-label={`${t('situation.finding.exists')}: ${t('situation.finding.openDiagnosis')}`}
        onClick={(event) => {
          event.preventDefault();
          navigate(diagnosisRoute);
        }}
      >
        <CircleCheck size={14} aria-hidden="true" /> {t('situation.finding.exists')}
      </a>
    );
  }
  if (!answer || (answer.response !== 'no' && answer.response !== 'partly')) return null;

  const create = async () => {
    // A double click must not make two findings: the link only replaces the button once stored.
    if (focusLinkWhenShown.current) return;
    const finding = draftFindingFromAnswer(question, answer, questionDisplayText(question, workshop.language), model.nextFindingOrder);
    focusLinkWhenShown.current = true;
    try {
      await addRecord('findings', finding, t('situation.undo.createFinding', { number }));
    } catch (reason) {
      focusLinkWhenShown.current = false;
      reportRefusedEdit(reason);
      return;
    }
    showToast({
      tone: 'success',
      message: t('situation.finding.created', { title: finding.title }),
      action: { label: t('situation.finding.openDiagnosis'), run: () => navigate(diagnosisRoute) },
    });
  };

  return (
    <button
      type="button"
      className="btn btn-ghost situation-finding-button"
      onClick={() => void create()}
      aria-label={`${t('situation.finding.create')} ${t('situation.finding.fromQuestion', { number })}`}
    >
      <FilePlus2 size={16} aria-hidden="true" /> {t('situation.finding.create')}
    </button>
  );
}
