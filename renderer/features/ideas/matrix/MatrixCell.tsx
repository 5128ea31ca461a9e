import type { KeyboardEvent, ReactNode } from 'react';
import { useDroppable } from '@dnd-kit/core';
import type { Idea } from '../../../../shared/domain';
import { MatrixChip } from './MatrixChip';

interface MatrixCellProps {
  id: string;
  label: string;
  className: string;
  ideas: readonly Idea[];
  describe: (idea: Idea) => string;
  onChipKeyDown: (event: KeyboardEvent<HTMLButtonElement>, idea: Idea) => void;
  children?: ReactNode;
}

/** One cell of the impact/effort grid (or the tray of unrated notes): a drop zone holding its notes. */
export function MatrixCell({ id, label, className, ideas, describe, onChipKeyDown, children }: MatrixCellProps) {
  const { setNodeRef, isOver } = useDroppable({ id });
  return (
    <div ref={setNodeRef} role="group" aria-label={label} className={`${className}${isOver ? ' is-drop-target' : ''}`}>
      {children}
      {ideas.length > 0 ? (
        <ul className="ideas-chip-list">
          {ideas.map((idea) => (
            <MatrixChip key={idea.id} idea={idea} description={describe(idea)} onKeyDown={onChipKeyDown} />
          ))}
        </ul>
      ) : null}
    </div>
  );
}
