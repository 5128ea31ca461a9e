import { Suspense, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { PhaseId } from '../../../../shared/method/phases';
import type { Workshop } from '../../../../shared/domain';
import { PHASE_SCREENS } from '../../phaseScreens';
import '../../registerPhaseScreens';
import { WorkshopProvider } from '../../workshop/WorkshopContext';
import { PresentingProvider } from '../presenting';
import { useFocusableScrollAreas } from './useFocusableScrollAreas';
import { useReadOnlyContent } from './useReadOnlyContent';

interface PresenterStageProps {
  workshop: Workshop;
  phase: PhaseId;
  stageRef: RefObject<HTMLDivElement | null>;
}

/**
 * The phase's own screen, read-only and in presenter type sizes: its fields and buttons are disabled
 * (nothing can be edited by accident on the projector) while screen readers still read it all.
 * Screens that want a tailored projector view read usePresenting().
 */
export function PresenterStage({ workshop, phase, stageRef }: PresenterStageProps) {
  const { t } = useTranslation();
  const contentRef = useRef<HTMLDivElement>(null);
  const Screen = PHASE_SCREENS[phase]?.Screen;
  useReadOnlyContent(contentRef);
  useFocusableScrollAreas(stageRef);
  return (
    <div
      ref={stageRef}
      className="presenter-stage"
      role="region"
      aria-label={t('facilitation.presenter.contentLabel', { phase: t(`phases.${phase}.name`) })}
      // Focusable so the arrow keys and Page keys scroll it from the keyboard.
      tabIndex={0}
      data-testid="presenter-stage"
    >
      <div ref={contentRef} className="presenter-content">
        <WorkshopProvider workshop={workshop}>
          <PresentingProvider>
            {Screen ? (
              <Suspense fallback={<p className="muted" role="status">{t('app.loading')}</p>}>
                <Screen workshop={workshop} />
              </Suspense>
            ) : (
              <section className="card coming-card presenter-coming">
                <h2>{t('workshop.comingTitle')}</h2>
                <p>{t(`phases.${phase}.willHold`)}</p>
              </section>
            )}
          </PresentingProvider>
        </WorkshopProvider>
      </div>
    </div>
  );
}
