import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { MonitorOff, Presentation } from 'lucide-react';
import type { PhaseId } from '../../../../shared/method/phases';
import { enterPresenterMode, followInExternalPresenter, stopExternalPresenter, useExternalPresenterOpen } from './presenterSession';

/**
 * Starts presenter mode for the phase on screen (also F5 and View → Presenter mode). While the desktop
 * app presents on a second display it stops it instead, and makes the projector follow the editor.
 */
export function PresenterButton({ workshopId, phase }: { workshopId: string; phase: PhaseId }) {
  const { t } = useTranslation();
  const presentingElsewhere = useExternalPresenterOpen();

  useEffect(() => {
    if (presentingElsewhere) followInExternalPresenter(workshopId, phase);
  }, [presentingElsewhere, workshopId, phase]);

  if (presentingElsewhere) {
    return (
      <button type="button" className="btn btn-primary facilitation-present" onClick={stopExternalPresenter}>
        <MonitorOff size={18} aria-hidden="true" /> {t('facilitation.presenter.stop')}
      </button>
    );
  }
  return (
    <button
      type="button"
      className="btn facilitation-present"
      onClick={() => enterPresenterMode(workshopId, phase)}
      aria-keyshortcuts="F5"
    >
      <Presentation size={18} aria-hidden="true" /> {t('facilitation.presenter.button')}
      <kbd className="facilitation-key" aria-hidden="true">F5</kbd>
    </button>
  );
}
