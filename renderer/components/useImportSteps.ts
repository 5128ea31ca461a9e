import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyChanges, undo, type RecordMutation } from '../data';
import { showToast } from './toastStore';

export type ImportStep<Review> = { name: 'input' } | { name: 'review'; review: Review };

interface ConfirmTexts {
  undoLabel: string;
  /** The message shown in the dialog when the write fails; {message} is the error's. */
  failed: (message: string) => string;
  done: string;
}

/**
 * The steps every paste-or-import dialog goes through: text in, every row checked and reviewed, then one
 * undoable write. Nothing is stored before the user confirms; a failed write keeps the dialog open
 * with what went wrong, a stored one closes it with an Undo in the toast.
 */
export function useImportSteps<Review>(workshopId: string, onClose: () => void) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [step, setStep] = useState<ImportStep<Review>>({ name: 'input' });
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const textArea = useRef<HTMLTextAreaElement>(null);
  const reviewHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (step.name === 'review') reviewHeading.current?.focus();
  }, [step]);

  const editText = (value: string) => {
    setText(value);
    setMessage(null);
  };

  const showReview = (review: Review) => {
    setMessage(null);
    setStep({ name: 'review', review });
  };

  const backToText = () => {
    setStep({ name: 'input' });
    setMessage(null);
    // The text area comes back on the next render.
    requestAnimationFrame(() => textArea.current?.focus());
  };

  const confirm = async (mutations: RecordMutation[], texts: ConfirmTexts) => {
    setBusy(true);
    try {
      await applyChanges(workshopId, texts.undoLabel, mutations);
    } catch (error) {
      setBusy(false);
      setMessage(texts.failed(error instanceof Error ? error.message : String(error)));
      return;
    }
    onClose();
    showToast({ tone: 'success', message: texts.done, action: { label: t('common.undo'), run: async () => void (await undo(workshopId)) } });
  };

  return { text, setText, editText, step, showReview, backToText, message, setMessage, busy, confirm, textArea, reviewHeading };
}
