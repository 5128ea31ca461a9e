import { useId, type ClipboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FileUp } from 'lucide-react';
import type { LostDeal, Workshop } from '../../../../shared/domain';
import { checkImportSize, importLostDeals, MAX_IMPORT_BYTES, type LostDealImportField, type TableImport } from '../../../../shared/logic/tabularImport';
import type { RecordMutation } from '../../../data';
import { getPlatform } from '../../../platform';
import { Dialog } from '../../../components/Dialog';
import { useImportSteps } from '../../../components/useImportSteps';
import { describeRefusal } from './importMessages';
import { ImportReview } from './ImportReview';

interface ImportLostDealsDialogProps {
  workshop: Workshop;
  onClose: () => void;
}

/**
 * Paste or open a spreadsheet, review every row, then import the valid ones in one undo step.
 * Nothing is stored before the user confirms; cancelling at any point leaves the log as it was.
 */
export function ImportLostDealsDialog({ workshop, onClose }: ImportLostDealsDialogProps) {
  const { t } = useTranslation();
  const textId = useId();
  const helpId = useId();
  const { text, setText, editText, step, showReview, backToText, message, setMessage, busy, confirm, textArea, reviewHeading } = useImportSteps<TableImport<LostDeal, LostDealImportField>>(workshop.id, onClose);
  const language = workshop.language;

  const check = (source: string) => {
    const result = importLostDeals(source, workshop.id, workshop.currency);
    if (!result.ok) {
      setMessage(describeRefusal(result.refusal, t, language));
      return;
    }
    showReview(result.table);
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

  const importValid = (table: TableImport<LostDeal, LostDealImportField>) => {
    const count = table.valid.length;
    void confirm(
      table.valid.map(({ record }): RecordMutation => ({ type: 'add', kind: 'lostDeals', record })),
      { undoLabel: t('diagnosis.undo.importDeals', { count }), failed: (reason) => t('diagnosis.import.failed', { message: reason }), done: t('diagnosis.import.done', { count }) },
    );
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
        <button type="button" className="btn btn-primary" onClick={() => importValid(step.review)} disabled={busy || step.review.valid.length === 0}>
          {busy ? t('diagnosis.import.importing') : t('diagnosis.import.confirm', { count: step.review.valid.length })}
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
              onChange={(event) => editText(event.target.value)}
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
        <ImportReview ref={reviewHeading} table={step.review} language={language} currency={workshop.currency} />
      )}
      {message ? (
        <p role="alert" className="diag-import-error">{message}</p>
      ) : null}
    </Dialog>
  );
}
