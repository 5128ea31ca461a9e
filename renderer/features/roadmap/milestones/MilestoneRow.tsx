import { memo, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LONG_TEXT_MAX, type Milestone } from '../../../../shared/domain';
import { RecordCheckbox, RecordDateField, RecordTextField } from '../../../components/fields';
import { DeleteRecordButton } from '../../../components/DeleteRecordButton';
import { milestoneName } from '../roadmapText';

interface MilestoneRowProps {
  milestone: Milestone;
  rowNumber: number;
  /** Short notes on what is wrong with this milestone's date. */
  notes: readonly string[];
  focusOnMount: boolean;
  onFocused: () => void;
}

export const MilestoneRow = memo(function MilestoneRow({ milestone, rowNumber, notes, focusOnMount, onFocused }: MilestoneRowProps) {
  const { t } = useTranslation();
  const row = useRef<HTMLTableRowElement>(null);
  const undoLabel = t('roadmap.undo.editMilestone');
  const label = (column: string) => t('roadmap.milestones.cellLabel', { column: t(`roadmap.milestones.columns.${column}`), row: rowNumber });

  useEffect(() => {
    if (!focusOnMount) return;
    row.current?.querySelector<HTMLInputElement>('input.input')?.focus();
    onFocused();
  }, [focusOnMount, onFocused]);

  return (
    <tr ref={row} data-testid="milestone-row">
      <td>
        <div className="rm-cell-pair">
          <RecordTextField kind="milestones" record={milestone} field="title" label={label('title')} hideLabel undoLabel={undoLabel} />
          <RecordTextField kind="milestones" record={milestone} field="measurableEvent" label={label('measurableEvent')} hideLabel multiline maxLength={LONG_TEXT_MAX} undoLabel={undoLabel} className="rm-compact-textarea" placeholder={t('roadmap.milestones.eventPlaceholder')} />
        </div>
      </td>
      <td>
        <RecordDateField kind="milestones" record={milestone} field="date" label={label('date')} hideLabel undoLabel={undoLabel} />
        {notes.map((note) => (
          <p key={note} className="rm-cell-note">{note}</p>
        ))}
      </td>
      <td className="rm-cell-center rm-hidden-check-label">
        <RecordCheckbox kind="milestones" record={milestone} field="done" label={label('done')} undoLabel={undoLabel} />
      </td>
      <td className="rm-cell-actions">
        <DeleteRecordButton kind="milestones" id={milestone.id} workshopId={milestone.workshopId} name={t('roadmap.milestones.deleteName', { name: milestoneName(milestone, t) })} undoLabel={t('roadmap.undo.deleteMilestone')} />
      </td>
    </tr>
  );
});
