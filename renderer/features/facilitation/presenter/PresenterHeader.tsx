import { useTranslation } from 'react-i18next';
import { PHASES, type PhaseId } from '../../../../shared/method/phases';
import type { Workshop } from '../../../../shared/domain';
import { WorkshopTimer } from '../timer/WorkshopTimer';
import { AgendaNow } from '../AgendaNow';

interface PresenterHeaderProps {
  workshop: Workshop;
  phase: PhaseId;
  titleId: string;
}

/** The projector's top line: which phase, of which client, the agenda item under way and the timer. */
export function PresenterHeader({ workshop, phase, titleId }: PresenterHeaderProps) {
  const { t } = useTranslation();
  const number = PHASES.find((candidate) => candidate.id === phase)?.number ?? null;
  const kicker = number ? t('workshop.phaseNumber', { number }) : null;
  return (
    <header className="presenter-header">
      <div className="presenter-heading">
        <p className="presenter-kicker">
          {kicker ? <span>{kicker}</span> : null}
          {kicker ? <span aria-hidden="true"> · </span> : null}
          <span>{workshop.clientCompany || workshop.title}</span>
        </p>
        <h1 id={titleId} className="presenter-title" tabIndex={-1}>{t(`phases.${phase}.name`)}</h1>
      </div>
      <div className="presenter-side">
        <AgendaNow workshopId={workshop.id} language={workshop.language} className="presenter-agenda" />
        <WorkshopTimer workshopId={workshop.id} language={workshop.language} variant="presenter" />
      </div>
    </header>
  );
}
