import { useLayoutEffect, useRef } from 'react';
import type { Workshop } from '../../../shared/domain';
import { useTranslation } from 'react-i18next';
import { applyChanges } from '../../data';
import type { AreaGroup, SituationModel } from './situationModel';
import { canMoveWithinArea, moveWithinArea, type MoveDirection } from './questionOrder';
import { QuestionEditRow } from './QuestionEditRow';
import { reportRefusedEdit } from './writeErrors';

interface QuestionEditListProps {
  group: AreaGroup;
  model: SituationModel;
  workshop: Workshop;
}

/** The questions of one area as the facilitator edits them: reword, hide, reorder, delete. */
export function QuestionEditList({ group, model, workshop }: QuestionEditListProps) {
  const { t } = useTranslation();
  const list = useRef<HTMLOListElement>(null);
  const pendingFocus = useRef<{ questionId: string; direction: MoveDirection } | null>(null);

  useLayoutEffect(() => {
    // Reordering moves DOM nodes and the browser drops focus from a moved node: put it back on the
    // same move button, or on the other one when the question reached the end of its area.
    const pending = pendingFocus.current;
    if (!pending || !list.current) return;
    const buttons = [pending.direction, -pending.direction].map((direction) =>
      list.current?.querySelector<HTMLButtonElement>(`[data-move="${pending.questionId}:${direction}"]`),
    );
    const target = buttons.find((button) => button && !button.disabled);
    if (target) {
      target.focus();
      pendingFocus.current = null;
    }
  }, [group.questions]);

  const move = async (questionId: string, direction: MoveDirection, name: string) => {
    pendingFocus.current = { questionId, direction };
    await applyChanges(workshop.id, t(direction < 0 ? 'situation.undo.moveUp' : 'situation.undo.moveDown', { name }), moveWithinArea(model.ordered, questionId, direction)).catch(reportRefusedEdit);
  };

  return (
    <ol className="situation-question-list situation-edit-list" ref={list}>
      {group.questions.map((question, index) => (
        <QuestionEditRow
          key={question.id}
          workshop={workshop}
          question={question}
          name={
            question.hidden
              ? t('situation.edit.hiddenQuestionName', { position: index + 1, area: group.name })
              : t('situation.questionName', { number: model.numberOf.get(question.id) ?? 0 })
          }
          number={model.numberOf.get(question.id) ?? null}
          canMoveUp={canMoveWithinArea(model.ordered, question.id, -1)}
          canMoveDown={canMoveWithinArea(model.ordered, question.id, 1)}
          onMove={(direction, name) => void move(question.id, direction, name)}
        />
      ))}
    </ol>
  );
}
