import { useEffect, useId, useRef, useState, type ClipboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FileUp } from 'lucide-react';
import type { LostDeal, Workshop } from '../../../../shared/domain';
import { checkImportSize, importLostDeals, MAX_IMPORT_BYTES, type LostDealImportField, type TableImport } from '../../../../shared/logic/tabularImport';
import { applyChanges, undo } from '../../../data';
import type { RecordMutation } from '../../../data';
import { getPlatform } from '../../../platform';
import { Dialog } from '../../../components/Dialog';
import { showToast } from '../../../components/toastStore';
import { describeRefusal } from './importMessages';
import { ImportReview } from './ImportReview';

interface ImportLostDealsDialogProps {
  workshop: Workshop;
  onClose: () => void;
}

type Step = { name: 'input' } | { name: 'review'; table: TableImport<LostDeal, LostDealImportField> };

/**
 * Paste or open a spreadsheet, review every row, then import the valid ones in one undo step.
 * Nothing is stored before the user confirms; cancelling at any point leaves the log as it was.
 */
export function ImportLostDealsDialog({ workshop, onClose }: ImportLostDealsDialogProps) {
  const { t } = useTranslation();
  const textId = useId();
  const helpId = useId();
  const [text, setText] = useState('');
  const [step, setStep] = useState<Step>({ name: 'input' });
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const textArea = useRef<HTMLTextAreaElement>(null);
  const reviewHeading = useRef<HTMLHeadingElement>(null);
  const language = workshop.language;

  useEffect(() => {
    if (step.name === 'review') reviewHeading.current?.focus();
  }, [step]);

  const check = (source: string) => {
    const result = importLostDeals(source, workshop.id, workshop.currency);
    if (!result.ok) {
      setMessage(describeRefusal(result.refusal, t, language));
      return;
    }
    setMessage(null);
    setStep({ name: 'review', table: result.table });
  };

  // A huge paste is refused before it reaches the text box, let alone the parser.
  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const pasted = event.clipboardData.getData('text');
    const refusal = checkImportSize(pasted);
    if (refusal) {
      event.preventDefault();
      setMessage(describeRefusal(refusal, t, language));
    }
  };

  const openFile = async () => {
    const result = await getPlatform().openTextFile({ filters: [{ name: t('diagnosis.import.fileFilter'), extensions: ['csv', 'tsv', 'txt'] }], maxBytes: MAX_IMPORT_BYTES });
    if (result.status === 'cancelled') return;
    if (result.status === 'failed') setMessage(t('diagnosis.import.refusal.fileFailed', { message: result.message }));
    else if (result.status === 'too_large') setMessage(describeRefusal({ reason: 'tooLarge', bytes: result.bytes, maxBytes: MAX_IMPORT_BYTES }, t, language));
    else {
      setText(result.text);
      check(result.text);
    }
  };

  const confirm = async (table: TableImport<LostDeal, LostDealImportField>) => {
    setBusy(true);
    const count = table.valid.length;
    const mutations = table.valid.map(({ record }): RecordMutation => ({ type: 'add', kind: 'lostDeals', record }));
    try {
      await applyChanges(workshop.id, t('diagnosis.undo.importDeals', { count }), mutations);
    } catch (error) {
      setBusy(false);
      setMessage(t('diagnosis.import.failed', { message: error instanceof Error ? error.message : String(error) }));
      return;
    }
    onClose();
    showToast({ tone: 'success', message: t('diagnosis.import.done', { count }), action: { label: t('common.undo'), run: async () => void (await undo(workshop.id)) } });
  };

  const backToText = () => {
    setStep({ name: 'input' });
    setMessage(null);
    // The text area comes back on the next render.
    requestAnimationFrame(() => textArea.current?.focus());
  };

  const footer =
    step.name === 'input' ? (
      <>
        <button type="button" className="btn" onClick={onClose}>{t('common.cancel')}</button>
        <button type="button" className="btn btn-primary" onClick={() => check(text)}>{t('diagnosis.import.check')}</button>
      </>
    ) : (
      <>
        <button type="button" className="btn" onClick={backToText} disabled={busy}>{t('diagnosis.import.back')}</button>
        <span className="spacer" />
        <button type="button" className="btn" onClick={onClose} disabled={busy}>{t('common.cancel')}</button>
        <button type="button" className="btn btn-primary" onClick={() => void confirm(step.table)} disabled={busy || step.table.valid.length === 0}>
          {busy ? t('diagnosis.import.importing') : t('diagnosis.import.confirm', { count: step.table.valid.length })}
        </button>
      </>
    );

  return (
    <Dialog open title={t('diagnosis.import.title')} onClose={busy ? () => undefined : onClose} size="lg" footer={footer}>
      {step.name === 'input' ? (
        <div className="stack">
          <div id={helpId} className="stack diag-import-help">
            <p>{t('diagnosis.import.intro')}</p>
            <p className="muted">{t('diagnosis.import.columnsHelp')}</p>
            <p className="muted">{t('diagnosis.import.formatsHelp', { currency: workshop.currency })}</p>
          </div>
          <div className="field">
            <label htmlFor={textId}>{t('diagnosis.import.pasteLabel')}</label>
            <textarea
              id={textId}
              ref={textArea}
              className="textarea diag-import-text"
              value={text}
              spellCheck={false}
              aria-describedby={helpId}
              onPaste={onPaste}
              onChange={(event) => {
                setText(event.target.value);
                setMessage(null);
              }}
            />
          </div>
          <div className="row-wrap">
            <button type="button" className="btn" onClick={() => void openFile()}>
              <FileUp size={18} aria-hidden="true" />
              {t('diagnosis.import.openFile')}
            </button>
          </div>
        </div>
      ) : (
        <ImportReview ref={reviewHeading} table={step.table} language={language} currency={workshop.currency} />
      )}
      {message ? (
        <p role="alert" className="diag-import-error">{message}</p>
      ) : null}
    </Dialog>
  );
}
