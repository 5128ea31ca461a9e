import type { Question } from '../../../shared/domain';
import type { RecordMutation } from '../../data';

export type MoveDirection = -1 | 1;

/** Whether a question has a neighbour in its own area to swap places with. */
export function canMoveWithinArea(ordered: readonly Question[], questionId: string, direction: MoveDirection): boolean {
  return neighbourInArea(ordered, questionId, direction) !== null;
}

/**
 * Moves a question one place up or down inside its area. Distinct orders are swapped (two writes);
 * if orders repeat (an old import) the whole bank is renumbered so the move is visible.
 */
export function moveWithinArea(ordered: readonly Question[], questionId: string, direction: MoveDirection): RecordMutation[] {
  const neighbour = neighbourInArea(ordered, questionId, direction);
  const question = ordered.find((candidate) => candidate.id === questionId);
  if (!neighbour || !question) return [];
  const orders = ordered.map((candidate) => candidate.order);
  if (new Set(orders).size === orders.length) {
    return [
      { type: 'update', kind: 'questions', id: question.id, patch: { order: neighbour.order } },
      { type: 'update', kind: 'questions', id: neighbour.id, patch: { order: question.order } },
    ];
  }
  const sequence = ordered.map((candidate) => (candidate.id === question.id ? neighbour : candidate.id === neighbour.id ? question : candidate));
  return sequence.flatMap((candidate, index): RecordMutation[] =>
    candidate.order === index ? [] : [{ type: 'update', kind: 'questions', id: candidate.id, patch: { order: index } }],
  );
}

function neighbourInArea(ordered: readonly Question[], questionId: string, direction: MoveDirection): Question | null {
  const question = ordered.find((candidate) => candidate.id === questionId);
  if (!question) return null;
  const area = ordered.filter((candidate) => candidate.area === question.area);
  return area[area.indexOf(question) + direction] ?? null;
}
