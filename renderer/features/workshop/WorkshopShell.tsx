import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ArrowLeft, Download, FileDown, Redo2, Undo2 } from 'lucide-react';
import { PHASES, type PhaseId } from '../../../shared/method/phases';
import { workshopProgress } from '../../../shared/logic/phaseStatus';
import { useRecordCounts, useUndoState, useWorkshop } from '../../data';
import { navigate } from '../../app/router';
import { formatPlanDate } from '../../app/format';
import { EmptyState } from '../../components/EmptyState';
import { SaveIndicator } from '../../components/SaveIndicator';
import { saveWorkshopBackup } from '../backup/backupActions';
import { ExportPdfDialog } from '../export/ExportPdfDialog';
import { requestPdfExport } from '../export/exportRequests';
import { FacilitationTools, PresenterView, usePresentingRoute } from '../facilitation';
import { readableLabel, runRedo, runUndo } from './undoActions';
import { PhaseNavigator } from './PhaseNavigator';
import { PhasePage } from './PhasePage';
import { preloadPhaseScreensWhenIdle } from '../phaseScreens';
import { WorkshopProvider } from './WorkshopContext';
import { readLastPhase, rememberLastPhase } from './lastPhase';

export function WorkshopShell({ workshopId, phase }: { workshopId: string; phase: PhaseId | null }) {
  const { t } = useTranslation();
  const workshop = useWorkshop(workshopId);
  const counts = useRecordCounts(workshopId);
  const undoState = useUndoState(workshopId);
  const currentPhase: PhaseId = phase ?? readLastPhase(workshopId) ?? 'preparation';
  const presenting = usePresentingRoute();

  useEffect(() => {
    if (phase === null) navigate({ name: 'workshop', workshopId, phase: currentPhase }, { replace: true });
    else rememberLastPhase(workshopId, phase);
  }, [workshopId, phase, currentPhase]);

  // The other phases' code arrives while the group works, so their first visit is instant too.
  useEffect(() => preloadPhaseScreensWhenIdle(), []);

  useEffect(() => {
    // Moving between phases puts keyboard and screen-reader focus on the new page's title, unless the
    // new screen has already placed it on a record it was opened for (a trace link to an objective):
    // a loaded screen renders, and focuses, before this runs.
    const focused = document.activeElement;
    const placedByScreen = focused instanceof HTMLElement && focused.closest('.phase-page') !== null && focused.closest('.phase-header') === null;
    if (!placedByScreen) document.getElementById('phase-title')?.focus();
  }, [currentPhase]);

  if (workshop === undefined) return <p className="muted page-pad" role="status">{t('app.loading')}</p>;
  if (workshop === null) {
    return (
      <div className="page-pad">
        <EmptyState
          title={t('workshop.notFoundTitle')}
          body={t('workshop.notFoundBody')}
          actions={<button type="button" className="btn btn-primary" onClick={() => navigate({ name: 'library' })}>{t('workshop.backToLibrary')}</button>}
        />
      </div>
    );
  }

  // Presenter mode shows the phase alone, read-only, for the projector; its own frame replaces this one.
  if (presenting) return <PresenterView workshop={workshop} phase={currentPhase} />;

  const progress = workshopProgress(PHASES, counts ?? {}, workshop.completedPhases);

  return (
    <div className="workshop-shell">
      <div className="workshop-bar">
        <a
          href="#/"
          className="btn btn-ghost"
          onClick={(event) => {
            event.preventDefault();
            navigate({ name: 'library' });
          }}
        >
          <ArrowLeft size={18} aria-hidden="true" /> {t('workshop.backToLibrary')}
        </a>
        <div className="workshop-identity">
          <span className="workshop-identity-client">{workshop.clientCompany}</span>
          <span className="workshop-identity-line">
            <span className="workshop-identity-title">{workshop.title}</span>
            <span className="muted workshop-identity-date">{formatPlanDate(workshop.date, workshop.language)}</span>
          </span>
        </div>
        <span className="spacer" />
        <SaveIndicator />
        <button
          type="button"
          className="btn btn-ghost btn-icon"
          disabled={!undoState.canUndo}
          onClick={() => void runUndo(workshopId)}
          aria-label={undoState.canUndo && undoState.undoLabel ? t('undo.undoLabel', { label: readableLabel(undoState.undoLabel) }) : t('common.undo')}
          title={`${t('common.undo')} (Ctrl+Z)`}
          aria-keyshortcuts="Control+Z"
        >
          <Undo2 size={18} aria-hidden="true" />
        </button>
        <button
          type="button"
          className="btn btn-ghost btn-icon"
          disabled={!undoState.canRedo}
          onClick={() => void runRedo(workshopId)}
          aria-label={undoState.canRedo && undoState.redoLabel ? t('undo.redoLabel', { label: readableLabel(undoState.redoLabel) }) : t('common.redo')}
          title={`${t('common.redo')} (Ctrl+Shift+Z)`}
          aria-keyshortcuts="Control+Shift+Z Control+Y"
        >
          <Redo2 size={18} aria-hidden="true" />
        </button>
        <button type="button" className="btn" onClick={() => void saveWorkshopBackup(workshopId)}>
          <Download size={18} aria-hidden="true" /> {t('library.saveBackup')}
        </button>
        <button type="button" className="btn" onClick={() => requestPdfExport(workshopId)}>
          <FileDown size={18} aria-hidden="true" /> {t('export.button')}
        </button>
      </div>
      <div className="workshop-body">
        <div className="workshop-side">
          <FacilitationTools workshopId={workshopId} language={workshop.language} phase={currentPhase} />
          <PhaseNavigator workshopId={workshopId} current={currentPhase} progress={progress} />
        </div>
        <main id="main" className="workshop-main" tabIndex={-1}>
          <WorkshopProvider workshop={workshop}>
            <PhasePage workshop={workshop} phaseId={currentPhase} status={progress.statuses[currentPhase] ?? 'not_started'} counts={counts ?? {}} />
          </WorkshopProvider>
        </main>
      </div>
      <ExportPdfDialog workshop={workshop} />
    </div>
  );
}
