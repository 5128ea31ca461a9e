import { useTranslation } from 'react-i18next';
import { AlertTriangle } from 'lucide-react';
import { PREPARATION_STATUSES, SHORT_TEXT_MAX, type PreparationItem, type Workshop } from '../../../../shared/domain';
import { preparationChecklistLabel } from '../../../../shared/method/preparationChecklist';
import { isChecklistItemOverdue } from '../../../../shared/logic/agenda';
import { DeleteRecordButton } from '../../../components/DeleteRecordButton';
import { RecordSelect, RecordTextField } from '../../../components/fields';
import { PlanDateInput } from '../PlanDateInput';
import { storeDueDate } from '../recordDateStore';

interface ChecklistItemRowProps {
  item: PreparationItem;
  workshop: Workshop;
  today: string;
  ownerListId: string;
}

/** The wording of an item: the team's own words when it has them, else the method's, in the workshop language. */
export function checklistItemLabel(item: PreparationItem, language: Workshop['language']): string {
  const own = item.label?.trim() ?? '';
  if (own !== '' || item.key === 'custom') return own;
  return preparationChecklistLabel(item.key, language) ?? '';
}

export function ChecklistItemRow({ item, workshop, today, ownerListId }: ChecklistItemRowProps) {
  const { t } = useTranslation();
  const label = checklistItemLabel(item, workshop.language);
  const overdue = isChecklistItemOverdue(item, today);
  const statusOptions = PREPARATION_STATUSES.map((status) => ({ value: status, label: t(`preparation.status.${status}`) }));

  return (
    <li className={`prep-item prep-status-${item.status}${overdue ? ' prep-item-overdue' : ''}`} data-focus-target={item.id} data-testid="checklist-item">
      <div className="prep-item-top">
        {item.key === 'custom' ? (
          <RecordTextField kind="preparationItems" record={item} field="label" label={t('preparation.checklist.itemLabel')} hideLabel placeholder={t('preparation.checklist.itemPlaceholder')} maxLength={SHORT_TEXT_MAX} undoLabel={t('preparation.undo.label')} className="prep-item-label-field" />
        ) : (
          <p className="prep-item-label">{label}</p>
        )}
        {overdue ? (
          <span className="badge prep-badge-danger prep-overdue-badge">
            <AlertTriangle size={14} aria-hidden="true" /> {t('preparation.checklist.overdue')}
          </span>
        ) : null}
        <div className="prep-item-status">
          <RecordSelect
            kind="preparationItems"
            record={item}
            field="status"
            label={t('preparation.checklist.statusOf', { item: label || t('preparation.checklist.untitled') })}
            hideLabel
            options={statusOptions}
            undoLabel={t('preparation.undo.status')}
          />
        </div>
        <DeleteRecordButton
          kind="preparationItems"
          id={item.id}
          workshopId={workshop.id}
          name={label ? `“${label}”` : t('preparation.checklist.untitled')}
          undoLabel={t('preparation.undo.deleteItem')}
        />
      </div>
      <div className="prep-item-details">
        <RecordTextField kind="preparationItems" record={item} field="owner" label={t('preparation.checklist.owner')} suggestions={ownerListId} maxLength={SHORT_TEXT_MAX} undoLabel={t('preparation.undo.owner')} className="prep-owner" />
        <PlanDateInput
          label={t('preparation.checklist.dueDate')}
          stored={item.dueDate}
          nullable
          onStore={(date) => storeDueDate(item.id, date, t('preparation.undo.dueDate'))}
        />
        <RecordTextField
          kind="preparationItems"
          record={item}
          field="note"
          multiline
          maxLength={10_000}
          label={t('preparation.checklist.note')}
          undoLabel={t('preparation.undo.note')}
          className="prep-note"
        />
      </div>
    </li>
  );
}
