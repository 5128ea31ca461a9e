import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FileDown } from 'lucide-react';
import { PAPER_SIZES, type PaperSize, type Workshop } from '../../../shared/domain';
import { PDF_SECTIONS, type PdfSectionId } from '../../../shared/pdf/documentModel';
import type { PdfProgress } from '../../../shared/pdf/renderRoadmapPdf';
import { Dialog } from '../../components/Dialog';
import { SelectField } from '../../components/SelectField';
import { showToast } from '../../components/toastStore';
import { onPdfExportRequest } from './exportRequests';
import { startPdfExport, type PdfExportJob } from './runPdfExport';
import './export.css';

type Phase = { kind: 'idle' } | { kind: 'running'; progress: PdfProgress | null } | { kind: 'failed'; message: string };

/**
 * Export the board roadmap PDF of the open workshop: paper size, which sections, and the language
 * the document is written in (the workshop's). The PDF is built in a worker with a progress bar and
 * can be cancelled at any moment; the file goes through the platform's save dialog.
 */
export function ExportPdfDialog({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [paperSize, setPaperSize] = useState<PaperSize>(workshop.paperSize);
  const [sections, setSections] = useState<PdfSectionId[]>([...PDF_SECTIONS]);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const job = useRef<PdfExportJob | null>(null);
  const progressLabelId = useId();

  useEffect(
    () =>
      onPdfExportRequest(({ workshopId }) => {
        if (workshopId !== workshop.id) return;
        setPaperSize(workshop.paperSize);
        setPhase({ kind: 'idle' });
        setOpen(true);
      }),
    [workshop.id, workshop.paperSize],
  );

  // Leaving the workshop while a PDF is being built stops the worker.
  useEffect(() => () => job.current?.cancel(), []);

  const cancel = useCallback(() => {
    job.current?.cancel();
    job.current = null;
    setPhase({ kind: 'idle' });
  }, []);

  const close = useCallback(() => {
    cancel();
    setOpen(false);
  }, [cancel]);

  const exportPdf = async () => {
    const current = startPdfExport({ workshopId: workshop.id, paperSize, sections }, (progress) => {
      if (job.current === current) setPhase({ kind: 'running', progress });
    });
    job.current = current;
    setPhase({ kind: 'running', progress: null });
    const outcome = await current.outcome;
    if (job.current !== current) return;
    job.current = null;
    switch (outcome.status) {
      case 'saved':
        setOpen(false);
        setPhase({ kind: 'idle' });
        showToast({
          tone: 'success',
          message: outcome.path ? t('export.savedTo', { path: outcome.path, pages: outcome.pageCount }) : t('export.saved', { pages: outcome.pageCount }),
        });
        return;
      case 'save_cancelled':
      case 'cancelled':
        setPhase({ kind: 'idle' });
        return;
      case 'failed':
        setPhase({ kind: 'failed', message: t(`export.failed.${outcome.stage}`, { message: outcome.message }) });
        return;
    }
  };

  const toggle = (section: PdfSectionId, checked: boolean) => {
    setSections((current) => PDF_SECTIONS.filter((candidate) => (candidate === section ? checked : current.includes(candidate))));
  };

  const running = phase.kind === 'running';
  const percent = running && phase.progress ? Math.round(phase.progress.fraction * 100) : 0;
  // Focus moves to the cancel button while the PDF is built, so Escape or Enter stops it at once.
  const footer = running ? (
    <button type="button" className="btn" onClick={cancel} autoFocus>
      {t('export.cancelExport')}
    </button>
  ) : (
    <>
      <button type="button" className="btn" onClick={close}>
        {t('common.cancel')}
      </button>
      <button type="button" className="btn btn-primary" disabled={sections.length === 0} onClick={() => void exportPdf()}>
        <FileDown size={18} aria-hidden="true" /> {t('export.export')}
      </button>
    </>
  );

  return (
    <Dialog open={open} title={t('export.title')} onClose={close} footer={footer}>
      <div className="stack export-dialog">
        <p className="muted">{t('export.explain')}</p>
        <p>
          <span className="export-label">{t('export.language')}</span> {t(`export.languages.${workshop.language}`)}
          <span className="field-hint export-language-hint"> {t('export.languageHint')}</span>
        </p>
        <SelectField
          label={t('export.paperSize')}
          value={paperSize}
          disabled={running}
          onChange={(event) => setPaperSize(event.target.value === 'letter' ? 'letter' : 'a4')}
          options={PAPER_SIZES.map((size) => ({ value: size, label: t(`export.paper.${size}`) }))}
        />
        <fieldset className="choice-group" disabled={running}>
          <legend>{t('export.sections')}</legend>
          <div className="export-sections">
            {PDF_SECTIONS.map((section) => (
              <label key={section} className="checkbox-field">
                <input type="checkbox" checked={sections.includes(section)} onChange={(event) => toggle(section, event.target.checked)} />
                {t(`pdf.sections.${section}`)}
              </label>
            ))}
          </div>
          {sections.length === 0 ? <span className="field-error">{t('export.chooseSection')}</span> : null}
        </fieldset>
        {running ? (
          <div className="stack export-progress" role="status">
            <span id={progressLabelId}>
              {phase.progress
                ? t(`export.stage.${phase.progress.stage}`, { section: t(`pdf.sections.${phase.progress.section}`) })
                : t('export.stage.preparing')}
            </span>
            <div className="progress-track" role="progressbar" aria-labelledby={progressLabelId} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
              <div className="progress-fill" style={{ width: `${percent}%` }} />
            </div>
          </div>
        ) : null}
        {phase.kind === 'failed' ? (
          <p className="field-error" role="alert">
            {phase.message}
          </p>
        ) : null}
      </div>
    </Dialog>
  );
}
