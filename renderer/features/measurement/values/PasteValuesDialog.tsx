import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Kpi, Measurement, Workshop } from '../../../../shared/domain';
import { planMeasurementImport, type MeasurementImportPlan, type MeasurementImportTarget } from '../../../../shared/logic/measurementImport';
import { Dialog } from '../../../components/Dialog';
import { useImportSteps } from '../../../components/useImportSteps';
import { describePasteRefusal } from './pasteMessages';
import { PasteReview } from './PasteReview';
import { pastePlanMutations } from './pasteMutations';

interface PasteValuesDialogProps {
  workshop: Workshop;
  kpis: readonly Kpi[];
  measurements: readonly Measurement[];
  onClose: () => void;
}

const NAMED_KPIS = '__named__';

/**
 * Paste values from a spreadsheet, check every row, then import the good ones in one undo step.
 * Nothing is stored before the user confirms; cancelling at any point leaves the values as they were.
 */
export function PasteValuesDialog({ workshop, kpis, measurements, onClose }: PasteValuesDialogProps) {
  const { t } = useTranslation();
  const textId = useId();
  const targetId = useId();
  const helpId = useId();
  const [targetChoice, setTargetChoice] = useState(kpis.length === 1 ? (kpis[0]?.id ?? NAMED_KPIS) : NAMED_KPIS);
  const { text, editText, step, showReview, backToText, message, setMessage, busy, confirm, textArea, reviewHeading } = useImportSteps<MeasurementImportPlan>(workshop.id, onClose);
  const language = workshop.language;

  const check = () => {
    const target: MeasurementImportTarget = targetChoice === NAMED_KPIS ? { kind: 'namedKpis' } : { kind: 'oneKpi', kpiId: targetChoice };
    const result = planMeasurementImport(text, { kpis, measurements, target, language });
    if (!result.ok) {
      setMessage(describePasteRefusal(result.refusal, t, language));
      return;
    }
    showReview(result.plan);
  };

  const importPlan = (plan: MeasurementImportPlan) => {
    const mutations = pastePlanMutations(workshop.id, plan);
    void confirm(mutations, {
      undoLabel: t('measurement.undo.import', { count: mutations.length }),
      failed: (reason) => t('measurement.paste.failed', { message: reason }),
      done: t('measurement.paste.done', { count: mutations.length }),
    });
  };

  const footer =
    step.name === 'input' ? (
      <>
        <button type="button" className="btn" onClick={onClose}>{t('common.cancel')}</button>
        <button type="button" className="btn btn-primary" onClick={check}>{t('measurement.paste.check')}</button>
      </>
    ) : (
      <>
        <button type="button" className="btn" onClick={backToText} disabled={busy}>{t('measurement.paste.back')}</button>
        <span className="spacer" />
        <button type="button" className="btn" onClick={onClose} disabled={busy}>{t('common.cancel')}</button>
        <button type="button" className="btn btn-primary" onClick={() => importPlan(step.review)} disabled={busy || step.review.additions.length + step.review.replacements.length === 0}>
          {busy ? t('measurement.paste.importing') : t('measurement.paste.confirm', { count: step.review.additions.length + step.review.replacements.length })}
        </button>
      </>
    );

  return (
    <Dialog open title={t('measurement.paste.title')} onClose={busy ? () => undefined : onClose} size="lg" footer={footer}>
      {step.name === 'input' ? (
        <div className="stack">
          <div id={helpId} className="stack msr-paste-help">
            <p>{t('measurement.paste.intro')}</p>
            <div className="msr-paste-examples">
              <div>
                <p className="msr-label">{t('measurement.paste.exampleTableTitle')}</p>
                <pre className="msr-example">{t('measurement.paste.exampleTable')}</pre>
              </div>
              <div>
                <p className="msr-label">{t('measurement.paste.examplePairsTitle')}</p>
                <pre className="msr-example">{t('measurement.paste.examplePairs')}</pre>
              </div>
            </div>
            <p className="muted">{t('measurement.paste.formatsHelp')}</p>
          </div>
          <div className="field">
            <label htmlFor={targetId}>{t('measurement.paste.targetLabel')}</label>
            <select id={targetId} className="select" value={targetChoice} onChange={(event) => setTargetChoice(event.target.value)}>
              <option value={NAMED_KPIS}>{t('measurement.paste.targetNamed')}</option>
              {kpis.map((kpi) => (
                <option key={kpi.id} value={kpi.id}>
                  {t('measurement.paste.targetOne', { name: kpi.name.trim() || t('measurement.kpi.unnamed'), frequency: t(`measurement.frequency.${kpi.frequency}`) })}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={textId}>{t('measurement.paste.textLabel')}</label>
            <textarea
              id={textId}
              ref={textArea}
              className="textarea msr-paste-text"
              value={text}
              spellCheck={false}
              aria-describedby={helpId}
              onChange={(event) => editText(event.target.value)}
            />
          </div>
        </div>
      ) : (
        <PasteReview ref={reviewHeading} plan={step.review} kpis={kpis} language={language} />
      )}
      {message ? (
        <p role="alert" className="msr-paste-error">{message}</p>
      ) : null}
    </Dialog>
  );
}
