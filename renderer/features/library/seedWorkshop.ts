import type { Workshop } from '../../../shared/domain';
import { createQuestionBankRecords } from '../../../shared/method/questionBank';
import { createPreparationChecklistRecords } from '../../../shared/method/preparationChecklist';
import { applyChanges, clearUndoHistory, createWorkshop } from '../../data';
import type { RecordMutation } from '../../data';
import type { WorkshopDetails } from './workshopDetails';

/**
 * A new workshop starts with the method's readiness checklist and the built-in question bank in the
 * workshop's language, so the facilitator edits rather than types from nothing. Seeding is not an
 * edit of the user's, so it leaves no undo step.
 */
export async function createSeededWorkshop(details: WorkshopDetails): Promise<Workshop> {
  const workshop = await createWorkshop(details);
  const seeds: RecordMutation[] = [
    ...createPreparationChecklistRecords(workshop.id).map((record): RecordMutation => ({ type: 'add', kind: 'preparationItems', record })),
    ...createQuestionBankRecords(workshop.id, workshop.language).map((record): RecordMutation => ({ type: 'add', kind: 'questions', record })),
  ];
  await applyChanges(workshop.id, 'seed', seeds);
  clearUndoHistory(workshop.id);
  return workshop;
}
