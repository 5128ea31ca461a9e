import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ChevronLeft, ChevronRight, X } from 'lucide-react';
import type { AnswerResponse, Workshop } from '../../../../shared/domain';
import { isAnswered } from '../../../../shared/logic/maturity';
import { questionAreaName, questionDisplayText } from '../../../../shared/method/questionBank';
import { saveAnswer, type AnswerPatch } from '../answerWriter';
import { reportRefusedEdit } from '../writeErrors';
import type { SituationModel } from '../situationModel';
import { formatCount } from '../situationFormat';
import { commandForKey, type FacilitationCommand, type ResponseLetters } from './facilitationKeys';
import { FacilitationChoices } from './FacilitationChoices';
import { FacilitationDetails } from './FacilitationDetails';
import { FacilitationKeyLegend } from './FacilitationKeyLegend';
import { isTextEntry } from '../../../components/isTextEntry';

interface FacilitationViewProps {
  model: SituationModel;
  workshop: Workshop;
  onClose: () => void;
}

/**
 * The projector view: one question at a time in large type, answered with single keys. It is a modal
 * <dialog>, so focus stays inside and Escape leaves; the position is announced as it changes.
 */
export function FacilitationView({ model, workshop, onClose }: FacilitationViewProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const stage = useRef<HTMLDivElement>(null);
  const total = model.visible.length;
  // Start where the group left off: the first question nobody answered yet.
  const [index, setIndex] = useState(() => Math.max(0, model.visible.findIndex((question) => !isAnswered(model.answerOf.get(question.id)))));
  const [status, setStatus] = useState('');
  const position = Math.min(index, total - 1);
  const question = model.visible[position];
  const answer = question ? model.answerOf.get(question.id) : undefined;
  const language = workshop.language;
  const letters: ResponseLetters = {
    yes: t('situation.facilitate.letter.yes'),
    partly: t('situation.facilitate.letter.partly'),
    no: t('situation.facilitate.letter.no'),
    unknown: t('situation.facilitate.letter.unknown'),
  };

  const latestOnClose = useRef(onClose);
  useEffect(() => {
    latestOnClose.current = onClose;
  }, [onClose]);

  useEffect(() => {
    // Opened once per mount: re-renders from live data must not reopen it or move focus.
    const element = dialog.current;
    if (!element) return;
    if (!element.open) element.showModal();
    stage.current?.focus();
    const onCancel = (event: Event) => {
      event.preventDefault();
      latestOnClose.current();
    };
    element.addEventListener('cancel', onCancel);
    return () => {
      element.removeEventListener('cancel', onCancel);
      if (element.open) element.close();
    };
  }, []);

  if (!question) return null;
  const number = position + 1;

  const save = (patch: AnswerPatch, undoLabel: string, said: string) => {
    setStatus(said);
    saveAnswer(workshop.id, question.id, answer, patch, undoLabel).catch(reportRefusedEdit);
  };
  const setResponse = (response: AnswerResponse) =>
    save({ response }, t('situation.undo.response', { number }), t('situation.facilitate.savedResponse', { value: t(`situation.response.${response}`) }));
  const setMaturity = (maturity: number) =>
    save({ maturity }, t('situation.undo.maturity', { number }), t('situation.facilitate.savedMaturity', { value: formatCount(maturity, language) }));
  const move = (delta: -1 | 1) => {
    setStatus('');
    setIndex(Math.min(total - 1, Math.max(0, position + delta)));
  };

  const run = (command: FacilitationCommand) => {
    if (command.type === 'move') move(command.delta);
    else if (command.type === 'response') setResponse(command.response);
    else setMaturity(command.maturity);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey || isTextEntry(event.target)) return;
    const command = commandForKey(event.key, letters);
    if (!command) return;
    event.preventDefault();
    run(command);
  };

  const answered = isAnswered(answer);
  const positionText = t('situation.facilitate.position', { current: formatCount(number, language), total: formatCount(total, language) });
  const areaName = questionAreaName(question.area, language);
  const text = questionDisplayText(question, language);

  return (
    <dialog ref={dialog} className="situation-facilitation" aria-labelledby={titleId} onKeyDown={onKeyDown} data-testid="facilitation">
      <div className="situation-fac-bar">
        <h2 id={titleId} className="situation-fac-title">{t('situation.facilitate.title')}</h2>
        <p className="situation-fac-position" aria-live="polite" aria-atomic="true" data-testid="facilitation-position">
          {positionText}
          <span className="visually-hidden">. {areaName}: {text}</span>
        </p>
        <button type="button" className="btn" onClick={onClose} aria-keyshortcuts="Escape">
          <X size={18} aria-hidden="true" /> {t('situation.facilitate.leave')}
        </button>
      </div>
      <div className="situation-fac-stage" ref={stage} tabIndex={-1}>
        <p className="situation-fac-area">
          <span>{areaName}</span>
          {answered ? null : <span className="badge badge-warning situation-fac-unanswered">{t('situation.unanswered')}</span>}
        </p>
        <p className="situation-fac-question">{text}</p>
        <FacilitationChoices answer={answer} letters={letters} language={language} onResponse={setResponse} onMaturity={setMaturity} />
        {answer ? <FacilitationDetails key={answer.id} answer={answer} number={number} /> : null}
      </div>
      <div className="situation-fac-footer">
        <button type="button" className="btn situation-fac-nav" onClick={() => move(-1)} disabled={position === 0} aria-keyshortcuts="ArrowLeft">
          <ChevronLeft size={22} aria-hidden="true" /> {t('situation.facilitate.previous')}
        </button>
        <FacilitationKeyLegend letters={letters} />
        <button type="button" className="btn situation-fac-nav" onClick={() => move(1)} disabled={position === total - 1} aria-keyshortcuts="ArrowRight">
          {t('situation.facilitate.next')} <ChevronRight size={22} aria-hidden="true" />
        </button>
      </div>
      <p className="visually-hidden" role="status">{status}</p>
    </dialog>
  );
}
