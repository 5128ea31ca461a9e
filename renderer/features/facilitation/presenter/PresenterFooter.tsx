import { useTranslation } from 'react-i18next';
import { ChevronLeft, ChevronRight, X } from 'lucide-react';
import type { PhaseId } from '../../../../shared/method/phases';
import { neighbourPhase } from './phaseSteps';

interface PresenterFooterProps {
  phase: PhaseId;
  onShow: (phase: PhaseId) => void;
  onLeave: () => void;
  leaveLabel: string;
}

/** Moving between phases and leaving, for the mouse; the keyboard has ←/→, Page Up/Down and Escape. */
export function PresenterFooter({ phase, onShow, onLeave, leaveLabel }: PresenterFooterProps) {
  const { t } = useTranslation();
  const previous = neighbourPhase(phase, -1);
  const next = neighbourPhase(phase, 1);
  return (
    <footer className="presenter-footer">
      <button
        type="button"
        className="btn presenter-nav-button"
        disabled={!previous}
        onClick={() => previous && onShow(previous)}
        aria-keyshortcuts="ArrowLeft PageUp"
        aria-label={previous ? t('facilitation.presenter.previous', { phase: t(`phases.${previous}.name`) }) : undefined}
      >
        <ChevronLeft size={28} aria-hidden="true" />
        <span>{previous ? t(`phases.${previous}.name`) : t('facilitation.presenter.firstPhase')}</span>
      </button>
      <button type="button" className="btn presenter-leave-button" onClick={onLeave} aria-keyshortcuts="Escape">
        <X size={28} aria-hidden="true" />
        <span>{leaveLabel}</span>
      </button>
      <button
        type="button"
        className="btn presenter-nav-button presenter-next"
        disabled={!next}
        onClick={() => next && onShow(next)}
        aria-keyshortcuts="ArrowRight PageDown"
        aria-label={next ? t('facilitation.presenter.next', { phase: t(`phases.${next}.name`) }) : undefined}
      >
        <span>{next ? t(`phases.${next}.name`) : t('facilitation.presenter.lastPhase')}</span>
        <ChevronRight size={28} aria-hidden="true" />
      </button>
    </footer>
  );
}
