import i18next from 'i18next';
import { DataValidationError } from '../../data';
import { showToast } from '../../components/toastStore';

/** A value the data layer refused; nothing was written and the stored value stays. */
export function isRefusedValue(reason: unknown): boolean {
  return reason instanceof DataValidationError;
}

/**
 * For edits fired from a click or key: a refused value is said in a toast; storage failures are
 * already on screen through the app's save banner, so they are not reported twice.
 */
export function reportRefusedEdit(reason: unknown): void {
  if (isRefusedValue(reason)) showToast({ tone: 'error', message: i18next.t('fields.invalid') });
}
