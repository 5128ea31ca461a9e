import { useCallback, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stakeholder } from '../../../../shared/domain';
import { nudgePosition, type Point } from '../../../../shared/logic/posterLayout';
import { updateRecordContinuously } from '../../../data';
import { formatCount, personName } from '../posterLabels';
import type { PosterSelection } from '../posterSelection';
import type { PendingPositions } from './usePendingPositions';

const DIRECTIONS: Readonly<Record<string, Point>> = {
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
  ArrowLeft: { x: -1, y: 0 },
  ArrowRight: { x: 1, y: 0 },
};

interface CanvasKeyboardOptions {
  people: ReadonlyMap<string, Stakeholder>;
  selection: PosterSelection;
  onSelect: (selection: PosterSelection) => void;
  onRequestDelete: (person: Stakeholder) => void;
  pending: PendingPositions;
  language: string;
  announce: (message: string) => void;
  revealCard: (id: string) => void;
}

/**
 * Keys on a focused card: Enter or Space selects it, Escape lets go, arrows move the selected card
 * (Shift for bigger steps; one undo step for a run of presses), Delete asks to remove it.
 */
export function useCanvasKeyboard({ people, selection, onSelect, onRequestDelete, pending, language, announce, revealCard }: CanvasKeyboardOptions) {
  const { t } = useTranslation();
  const { get, hold, release } = pending;

  return useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target;
      if (!(target instanceof HTMLElement) || !target.classList.contains('react-flow__node-person')) return;
      const person = people.get(target.dataset.id ?? '');
      if (!person) return;
      const name = personName(person, t);
      const isSelected = selection?.kind === 'person' && selection.id === person.id;

      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        if (!isSelected) {
          onSelect({ kind: 'person', id: person.id });
          announce(t('poster.announce.selected', { name }));
        }
        return;
      }
      if (event.key === 'Escape' && isSelected) {
        event.preventDefault();
        onSelect(null);
        announce(t('poster.announce.deselected', { name }));
        return;
      }
      if (event.key === 'Delete' || event.key === 'Backspace') {
        event.preventDefault();
        onRequestDelete(person);
        return;
      }
      const direction = DIRECTIONS[event.key];
      if (!direction) return;
      // Arrows scroll the page unless they move a card; an unselected card leaves them alone.
      if (!isSelected) return;
      event.preventDefault();
      const current = get(person.id) ?? { x: person.x, y: person.y };
      const next = nudgePosition(current, direction, event.shiftKey);
      if (next.x === current.x && next.y === current.y) return;
      hold(person.id, next);
      updateRecordContinuously('stakeholders', person.id, { x: next.x, y: next.y }, t('poster.undo.move', { name }), 'position').catch(() => release(person.id));
      announce(t('poster.announce.moved', { name, x: formatCount(next.x, language), y: formatCount(next.y, language) }));
      revealCard(person.id);
    },
    [people, selection, onSelect, onRequestDelete, get, hold, release, language, announce, revealCard, t],
  );
}
