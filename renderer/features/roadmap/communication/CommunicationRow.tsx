import { memo, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LONG_TEXT_MAX, type CommunicationItem } from '../../../../shared/domain';
import { RecordCheckbox, RecordDateField, RecordTextField } from '../../../components/fields';
import { DeleteRecordButton } from '../../../components/DeleteRecordButton';
import { useSuggestionLists } from '../fields/suggestions';

interface CommunicationRowProps {
  item: CommunicationItem;
  rowNumber: number;
  focusOnMount: boolean;
  onFocused: () => void;
}

/** One line of the plan: who hears what (with the message written out), through which channel, when, from whom. */
export const CommunicationRow = memo(function CommunicationRow({ item, rowNumber, focusOnMount, onFocused }: CommunicationRowProps) {
  const { t } = useTranslation();
  const lists = useSuggestionLists();
  const row = useRef<HTMLTableRowElement>(null);
  const undoLabel = t('roadmap.undo.editCommunication');
  const label = (column: string) => t('roadmap.communication.cellLabel', { column: t(`roadmap.communication.columns.${column}`), row: rowNumber });
  const name = item.audience.trim() || t('roadmap.communication.rowName', { row: rowNumber });

  useEffect(() => {
    if (!focusOnMount) return;
    row.current?.querySelector<HTMLInputElement>('input.input')?.focus();
    onFocused();
  }, [focusOnMount, onFocused]);

  return (
    <tr ref={row} data-testid="communication-row" className={item.done ? 'rm-row-done' : undefined}>
      <td>
        <div className="rm-cell-pair">
          <RecordTextField kind="communicationItems" record={item} field="audience" label={label('audience')} hideLabel suggestions={lists.audiences} undoLabel={undoLabel} />
          <RecordTextField kind="communicationItems" record={item} field="message" label={label('message')} hideLabel multiline maxLength={LONG_TEXT_MAX} undoLabel={undoLabel} className="rm-compact-textarea" placeholder={t('roadmap.communication.messagePlaceholder')} />
        </div>
      </td>
      <td>
        <div className="rm-cell-pair">
          <RecordTextField kind="communicationItems" record={item} field="channel" label={label('channel')} hideLabel suggestions={lists.channels} undoLabel={undoLabel} />
          <RecordTextField kind="communicationItems" record={item} field="owner" label={label('owner')} hideLabel suggestions={lists.people} undoLabel={undoLabel} />
        </div>
      </td>
      <td>
        <RecordDateField kind="communicationItems" record={item} field="date" label={label('date')} hideLabel undoLabel={undoLabel} />
      </td>
      <td className="rm-cell-center rm-hidden-check-label">
        <RecordCheckbox kind="communicationItems" record={item} field="done" label={label('done')} undoLabel={undoLabel} />
      </td>
      <td className="rm-cell-actions">
        <DeleteRecordButton kind="communicationItems" id={item.id} workshopId={item.workshopId} name={t('roadmap.communication.deleteName', { name })} undoLabel={t('roadmap.undo.deleteCommunication')} />
      </td>
    </tr>
  );
});
