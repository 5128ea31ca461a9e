import { useTranslation } from 'react-i18next';
import { CheckCircle2, Circle, CircleDot } from 'lucide-react';
import { PHASES, type PhaseId } from '../../../shared/method/phases';
import type { WorkshopProgress, PhaseStatus } from '../../../shared/logic/phaseStatus';
import { navigate } from '../../app/router';
import { PHASE_SCREENS } from '../phaseScreens';

const STATUS_KEY: Record<PhaseStatus, string> = {
  not_started: 'workshop.statusNotStarted',
  in_progress: 'workshop.statusInProgress',
  done: 'workshop.statusDone',
};

export function statusLabelKey(status: PhaseStatus): string {
  return STATUS_KEY[status];
}

export function PhaseStatusIcon({ status }: { status: PhaseStatus }) {
  if (status === 'done') return <CheckCircle2 size={18} className="status-icon status-done" aria-hidden="true" />;
  if (status === 'in_progress') return <CircleDot size={18} className="status-icon status-progress" aria-hidden="true" />;
  return <Circle size={18} className="status-icon status-none" aria-hidden="true" />;
}

export function PhaseNavigator({ workshopId, current, progress }: { workshopId: string; current: PhaseId; progress: WorkshopProgress }) {
  const { t } = useTranslation();
  const percent = Math.round(progress.fraction * 100);
  return (
    <nav className="phase-nav" aria-label={t('workshop.phasesNav')}>
      <div className="phase-progress">
        <div className="row phase-progress-text">
          <span id="progress-label">{t('workshop.progress', { done: progress.done, total: progress.total })}</span>
        </div>
        <div className="progress-track" role="progressbar" aria-labelledby="progress-label" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
          <div className="progress-fill" style={{ width: `${percent}%` }} />
        </div>
      </div>
      <ol className="phase-list">
        {PHASES.map((phase) => {
          const status = progress.statuses[phase.id] ?? 'not_started';
          const active = phase.id === current;
          return (
            <li key={phase.id}>
              <a
                href={`#/workshop/${encodeURIComponent(workshopId)}/${phase.id}`}
                className={`phase-link${active ? ' active' : ''}`}
                aria-current={active ? 'page' : undefined}
                // The pointer resting on a phase (or focus reaching it) starts loading its screen.
                onPointerEnter={() => void PHASE_SCREENS[phase.id]?.preload().catch(() => undefined)}
                onFocus={() => void PHASE_SCREENS[phase.id]?.preload().catch(() => undefined)}
                onClick={(event) => {
                  event.preventDefault();
                  navigate({ name: 'workshop', workshopId, phase: phase.id });
                }}
              >
                <PhaseStatusIcon status={status} />
                <span className="phase-number" aria-hidden="true">{phase.number ?? ''}</span>
                <span className="phase-name">{t(`phases.${phase.id}.name`)}</span>
                <span className="visually-hidden">
                  {phase.number ? `, ${t('workshop.phaseNumber', { number: phase.number })}` : ''}, {t(statusLabelKey(status))}
                </span>
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
