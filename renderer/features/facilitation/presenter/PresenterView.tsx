import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PhaseId } from '../../../../shared/method/phases';
import type { Workshop } from '../../../../shared/domain';
import { getPlatform } from '../../../platform';
import { PresenterFooter } from './PresenterFooter';
import { PresenterHeader } from './PresenterHeader';
import { PresenterStage } from './PresenterStage';
import { neighbourPhase } from './phaseSteps';
import { isPresenterWindow, leavePresenterMode, presentPhase } from './presenterSession';
import { usePresenterFullScreen } from './usePresenterFullScreen';
import { usePresenterKeys } from './usePresenterKeys';
import './presenter.css';

/** The shell moves focus to this id when the phase changes; presenter mode keeps the convention. */
const TITLE_ID = 'phase-title';

interface PresenterViewProps {
  workshop: Workshop;
  phase: PhaseId;
}

/**
 * Presenter mode: the current phase alone on the screen, for the projector. A modal <dialog> over the
 * whole window, so the editor's bars and navigator are out of sight and out of the keyboard's reach,
 * with the phase title, the agenda item under way and the timer in large type.
 */
export function PresenterView({ workshop, phase }: PresenterViewProps) {
  const { t } = useTranslation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const stageRef = useRef<HTMLDivElement>(null);
  const projectorWindow = isPresenterWindow();

  const leave = useCallback(() => leavePresenterMode(workshop.id, phase), [workshop.id, phase]);
  const show = useCallback((next: PhaseId) => presentPhase(workshop.id, next), [workshop.id]);
  const actions = useMemo(
    () => ({
      onLeave: leave,
      onPrevious: () => {
        const previous = neighbourPhase(phase, -1);
        if (previous) show(previous);
      },
      onNext: () => {
        const next = neighbourPhase(phase, 1);
        if (next) show(next);
      },
    }),
    [leave, show, phase],
  );
  usePresenterKeys(dialogRef, stageRef, actions);
  usePresenterFullScreen(leave);

  const latestLeave = useRef(leave);
  useEffect(() => {
    latestLeave.current = leave;
  }, [leave]);

  useEffect(() => {
    // Opened once per presentation; moving between phases re-renders it in place.
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    document.getElementById(TITLE_ID)?.focus();
    // Escape is handled with the other keys; should the browser still cancel or close the dialog
    // (its own Escape handling), presenter mode ends rather than leaving an invisible route behind.
    const onCancel = (event: Event) => {
      event.preventDefault();
      latestLeave.current();
    };
    const onClose = () => latestLeave.current();
    dialog.addEventListener('cancel', onCancel);
    dialog.addEventListener('close', onClose);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      dialog.removeEventListener('close', onClose);
      if (dialog.open) dialog.close();
      // Back in the editor, keyboard and screen-reader focus land on its phase title, as after any move.
      requestAnimationFrame(() => document.getElementById(TITLE_ID)?.focus());
    };
  }, []);

  useEffect(() => {
    stageRef.current?.scrollTo({ top: 0 });
  }, [phase]);

  useEffect(() => {
    // The projector's window follows the editor: main relays each phase the editor moves to.
    if (!projectorWindow) return;
    return getPlatform().presenter?.onNavigate((target) => presentPhase(target.workshopId, target.phase));
  }, [projectorWindow]);

  return (
    <dialog ref={dialogRef} className="presenter" aria-labelledby={TITLE_ID} data-testid="presenter">
      <PresenterHeader workshop={workshop} phase={phase} titleId={TITLE_ID} />
      <PresenterStage workshop={workshop} phase={phase} stageRef={stageRef} />
      <PresenterFooter
        phase={phase}
        onShow={show}
        onLeave={leave}
        leaveLabel={projectorWindow ? t('facilitation.presenter.closeWindow') : t('facilitation.presenter.leave')}
      />
    </dialog>
  );
}
