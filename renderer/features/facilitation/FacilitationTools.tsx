import { useTranslation } from 'react-i18next';
import type { PhaseId } from '../../../shared/method/phases';
import { PresenterButton } from './presenter/PresenterButton';
import { useExternalPresenterOpen } from './presenter/presenterSession';
import { WorkshopTimer } from './timer/WorkshopTimer';
import { AgendaNow } from './AgendaNow';
import './facilitation.css';

/**
 * The facilitator's tools at the top of the workshop's side column, the same for every phase: the
 * timer, large and always in view, and presenter mode.
 */
export function FacilitationTools({ workshopId, language, phase }: { workshopId: string; language: string; phase: PhaseId }) {
  const { t } = useTranslation();
  const projectorWindowOpen = useExternalPresenterOpen();
  return (
    <section className="facilitation-tools" aria-label={t('facilitation.toolsLabel')}>
      <WorkshopTimer workshopId={workshopId} language={language} variant="shell" sound={!projectorWindowOpen} />
      <AgendaNow workshopId={workshopId} language={language} className="facilitation-agenda" />
      <PresenterButton workshopId={workshopId} phase={phase} />
    </section>
  );
}
