import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckCircle2, RotateCcw } from 'lucide-react';
import { PHASES, type PhaseId } from '../../../shared/method/phases';
import type { PhaseStatus } from '../../../shared/logic/phaseStatus';
import type { RecordKind } from '../../../shared/domain/recordKinds';
import type { Workshop } from '../../../shared/domain';
import { updateWorkshop } from '../../data';
import { PhaseStatusIcon, statusLabelKey } from './PhaseNavigator';
import { PHASE_SCREENS } from '../phaseScreens';
import '../registerPhaseScreens';

interface PhasePageProps {
  workshop: Workshop;
  phaseId: PhaseId;
  status: PhaseStatus;
  counts: Partial<Record<RecordKind, number>>;
}

/**
 * The frame every phase screen sits in: title, status and the facilitator's "done" switch.
 * Phases whose screens are not built yet say plainly what they will hold; no placeholder forms.
 */
export function PhasePage({ workshop, phaseId, status, counts }: PhasePageProps) {
  const { t } = useTranslation();
  const phase = PHASES.find((candidate) => candidate.id === phaseId);
  if (!phase) return null;
  const held = phase.kinds.reduce((sum, kind) => sum + (counts[kind] ?? 0), 0);
  const done = workshop.completedPhases.includes(phaseId);
  const Screen = PHASE_SCREENS[phaseId]?.Screen;

  // Computed from the stored workshop inside the write, so a phase marked in another window is kept.
  const toggleDone = () => {
    void updateWorkshop(
      workshop.id,
      (current) => ({
        completedPhases: done
          ? current.completedPhases.filter((id) => id !== phaseId)
          : current.completedPhases.includes(phaseId) ? current.completedPhases : [...current.completedPhases, phaseId],
      }),
      t(done ? 'edits.markPhaseOpen' : 'edits.markPhaseDone'),
    );
  };

  return (
    <article className={Screen ? 'phase-page phase-page-wide' : 'phase-page'} aria-labelledby="phase-title">
      <header className="phase-header">
        <div className="stack phase-heading">
          {phase.number ? <span className="phase-kicker">{t('workshop.phaseNumber', { number: phase.number })}</span> : null}
          <h1 id="phase-title" tabIndex={-1}>{t(`phases.${phaseId}.name`)}</h1>
          <p className="phase-summary">{t(`phases.${phaseId}.summary`)}</p>
        </div>
        <div className="stack phase-status-box">
          <span className={`badge phase-status-badge status-${status}`} data-testid="phase-status">
            <PhaseStatusIcon status={status} /> {t(statusLabelKey(status))}
          </span>
          <button type="button" className={done ? 'btn' : 'btn btn-primary'} onClick={toggleDone} aria-pressed={done}>
            {done ? <RotateCcw size={18} aria-hidden="true" /> : <CheckCircle2 size={18} aria-hidden="true" />}
            {t(done ? 'workshop.markNotDone' : 'workshop.markDone')}
          </button>
        </div>
      </header>
      {Screen ? (
        <Suspense fallback={<p className="muted" role="status" data-testid="phase-code-loading">{t('app.loading')}</p>}>
          <Screen workshop={workshop} />
        </Suspense>
      ) : (
        <section className="card coming-card" aria-labelledby="coming-title">
          <h2 id="coming-title">{t('workshop.comingTitle')}</h2>
          <p>{t(`phases.${phaseId}.willHold`)}</p>
          <p className="muted">{t('workshop.comingNote')}</p>
          {held > 0 ? <p className="badge badge-primary held-count">{t('workshop.recordsHere', { count: held })}</p> : null}
        </section>
      )}
    </article>
  );
}
