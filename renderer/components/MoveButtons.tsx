import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ArrowDown, ArrowUp } from 'lucide-react';
import type { RecordKind } from '../../shared/domain';
import { applyChanges } from '../data';
import type { RecordMutation } from '../data';
import { moveInList, type Ordered } from '../../shared/logic/listOrder';

/** Kinds people order by hand: every one of them has an `order` field. */
type OrderedKind = Extract<RecordKind, 'currentObjectives' | 'budgetLines' | 'scenarios' | 'finalObjectives' | 'findings' | 'expenseLines' | 'questions' | 'participants' | 'preparationItems' | 'agendaSessions' | 'communicationItems' | 'initiatives' | 'kpis' | 'keyAccounts'>;

interface MoveButtonsProps {
  kind: OrderedKind;
  workshopId: string;
  /** The list as shown, in its current order. */
  siblings: readonly Ordered[];
  id: string;
  /** What is moved, as people call it, for the buttons' labels. */
  name: string;
  undoLabel: string;
}

/** Move up / move down, one undo step per move; the focus follows the moved item. */
export function MoveButtons({ kind, workshopId, siblings, id, name, undoLabel }: MoveButtonsProps) {
  const { t } = useTranslation();
  const upRef = useRef<HTMLButtonElement>(null);
  const downRef = useRef<HTMLButtonElement>(null);
  const movedDirection = useRef<-1 | 1 | null>(null);
  const index = siblings.findIndex((sibling) => sibling.id === id);
  const isFirst = index <= 0;
  const isLast = index === siblings.length - 1;

  // Re-ordering moves this item's DOM nodes, which drops the focus: put it back on the button just
  // used, or on the other one once the item reaches the end of the list.
  useEffect(() => {
    const direction = movedDirection.current;
    if (direction === null) return;
    movedDirection.current = null;
    const preferred = direction < 0 ? upRef.current : downRef.current;
    const other = direction < 0 ? downRef.current : upRef.current;
    (preferred && !preferred.disabled ? preferred : other)?.focus();
  }, [index]);

  const move = (direction: -1 | 1) => {
    const updates = moveInList(siblings, id, direction);
    if (updates.length === 0) return;
    movedDirection.current = direction;
    const mutations = updates.map((update) => ({ type: 'update', kind, id: update.id, patch: { order: update.order } }) as RecordMutation);
    void applyChanges(workshopId, undoLabel, mutations);
  };

  return (
    <>
      <button ref={upRef} type="button" className="btn btn-ghost btn-icon" disabled={isFirst} onClick={() => move(-1)} aria-label={t('common.moveUp', { name })} title={t('common.moveUpShort')}>
        <ArrowUp size={18} aria-hidden="true" />
      </button>
      <button ref={downRef} type="button" className="btn btn-ghost btn-icon" disabled={isLast} onClick={() => move(1)} aria-label={t('common.moveDown', { name })} title={t('common.moveDownShort')}>
        <ArrowDown size={18} aria-hidden="true" />
      </button>
    </>
  );
}
