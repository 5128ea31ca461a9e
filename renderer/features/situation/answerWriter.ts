import { createAnswer, type Answer } from '../../../shared/domain';
import { addRecord, RecordNotFoundError, updateRecord } from '../../data';
import type { RecordPatch } from '../../data';

/**
 * Answers are created on a question's first rating, so there is one answer per question without
 * seeding empty records. A second key press can arrive before the live query shows the new answer:
 * creations in flight are remembered per question so that press updates it instead of adding a twin.
 */
const createdAnswerIds = new Map<string, Promise<string>>();

export type AnswerPatch = RecordPatch<'answers'>;

export async function saveAnswer(workshopId: string, questionId: string, existing: Answer | undefined, patch: AnswerPatch, undoLabel: string): Promise<void> {
  const knownId = existing?.id ?? (await pendingAnswerId(questionId));
  if (knownId !== undefined) {
    try {
      await updateRecord('answers', knownId, patch, undoLabel);
      return;
    } catch (reason) {
      // The remembered answer was undone since: create it again below.
      if (!(reason instanceof RecordNotFoundError) || existing) throw reason;
      createdAnswerIds.delete(questionId);
    }
  }
  const creation = addRecord('answers', createAnswer(workshopId, { ...patch, questionId }), undoLabel).then((answer) => answer.id);
  createdAnswerIds.set(questionId, creation);
  try {
    await creation;
  } catch (reason) {
    createdAnswerIds.delete(questionId);
    throw reason;
  }
}

async function pendingAnswerId(questionId: string): Promise<string | undefined> {
  const pending = createdAnswerIds.get(questionId);
  if (!pending) return undefined;
  try {
    return await pending;
  } catch {
    return undefined;
  }
}
