import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ArrowDown, ArrowUp } from 'lucide-react';
import { applyChanges } from '../../data';
import type { RecordMutation } from '../../data';
import { moveInList, type Ordered } from './listOrder';

interface MoveButtonsProps {
  workshopId: string;
  /** The final objectives as shown, in their current order. */
  siblings: readonly Ordered[];
  id: string;
  name: string;
}

/** Move up / move down, one undo step per move; the focus follows the moved objective. */
export function MoveButtons({ workshopId, siblings, id, name }: MoveButtonsProps) {
  const { t } = useTranslation();
  const upRef = useRef<HTMLButtonElement>(null);
  const downRef = useRef<HTMLButtonElement>(null);
  const movedDirection = useRef<-1 | 1 | null>(null);
  const index = siblings.findIndex((sibling) => sibling.id === id);

  // Re-ordering moves this card's DOM nodes, which drops the focus: put it back on the button just
  // used, or on the other one once the card reaches the end of the list.
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
    const mutations = updates.map((update): RecordMutation => ({ type: 'update', kind: 'finalObjectives', id: update.id, patch: { order: update.order } }));
    void applyChanges(workshopId, t('reformulation.undo.move'), mutations);
  };

  return (
    <>
      <button ref={upRef} type="button" className="btn btn-ghost btn-icon" disabled={index <= 0} onClick={() => move(-1)} aria-label={t('reformulation.objective.moveUp', { name })} title={t('reformulation.objective.moveUpShort')}>
        <ArrowUp size={18} aria-hidden="true" />
      </button>
      <button ref={downRef} type="button" className="btn btn-ghost btn-icon" disabled={index === siblings.length - 1} onClick={() => move(1)} aria-label={t('reformulation.objective.moveDown', { name })} title={t('reformulation.objective.moveDownShort')}>
        <ArrowDown size={18} aria-hidden="true" />
      </button>
    </>
  );
}
