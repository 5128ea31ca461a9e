import i18next from 'i18next';
import { DataValidationError, updateRecordContinuously } from '../../data';
import { showToast } from '../../components/toastStore';

/**
 * Stores a date typed into a PlanDateInput. Typing a date fires one change per digit, so these are
 * continuous edits: one undo step per field however many digits it took.
 */
export function storeDueDate(itemId: string, dueDate: string | null, undoLabel: string): void {
  updateRecordContinuously('preparationItems', itemId, { dueDate }, undoLabel, 'dueDate').catch(reportRefusal);
}

export function storeSessionDate(sessionId: string, date: string | null, undoLabel: string): void {
  if (date === null) return;
  updateRecordContinuously('agendaSessions', sessionId, { date }, undoLabel, 'date').catch(reportRefusal);
}

function reportRefusal(reason: unknown): void {
  // Storage failures are on screen through the save banner; a refused value is said here.
  if (reason instanceof DataValidationError) showToast({ tone: 'error', message: i18next.t('fields.invalid') });
}
