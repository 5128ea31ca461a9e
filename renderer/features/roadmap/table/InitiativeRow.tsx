import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { AlertTriangle, PanelRightOpen } from 'lucide-react';
import type { Initiative } from '../../../../shared/domain';
import { RecordNumberField, RecordSelect, RecordTextField } from '../../../components/fields';
import { DeleteRecordButton } from '../../../components/DeleteRecordButton';
import { InitiativeDateField } from '../fields/InitiativeDateField';
import { useSuggestionLists } from '../fields/suggestions';
import { initiativeName, statusOptions } from '../roadmapText';
import { LazyTraceButton } from '../LazyTraceButton';

interface InitiativeRowProps {
  initiative: Initiative;
  rowNumber: number;
  warningCount: number;
  language: string;
  currency: string;
  onOpen: (initiativeId: string) => void;
}

/** One initiative as an editable table row; the long texts, links and milestones are in its details. */
export const InitiativeRow = memo(function InitiativeRow({ initiative, rowNumber, warningCount, language, currency, onOpen }: InitiativeRowProps) {
  const { t } = useTranslation();
  const lists = useSuggestionLists();
  const undoLabel = t('roadmap.undo.editInitiative');
  const label = (column: string) => t('roadmap.table.cellLabel', { column: t(`roadmap.fields.${column}`), row: rowNumber });
  const name = initiativeName(initiative, t);

  return (
    <tr data-testid="initiative-row" data-initiative-id={initiative.id}>
      <td>
        <RecordTextField kind="initiatives" record={initiative} field="title" label={label('title')} hideLabel multiline undoLabel={undoLabel} className="rm-compact-textarea" />
      </td>
      <td>
        <div className="rm-cell-pair">
          <RecordTextField kind="initiatives" record={initiative} field="workstream" label={label('workstream')} hideLabel suggestions={lists.workstreams} undoLabel={undoLabel} />
          <RecordTextField kind="initiatives" record={initiative} field="owner" label={label('owner')} hideLabel suggestions={lists.people} undoLabel={undoLabel} />
        </div>
      </td>
      <td>
        <div className="rm-cell-pair">
          <InitiativeDateField initiative={initiative} field="start" label={label('start')} hideLabel undoLabel={undoLabel} />
          <InitiativeDateField initiative={initiative} field="end" label={label('end')} hideLabel undoLabel={undoLabel} />
        </div>
      </td>
      <td className="num">
        <RecordNumberField kind="initiatives" record={initiative} field="budget" label={label('budget')} hideLabel language={language} currency={currency} suffix="" min={0} undoLabel={undoLabel} />
      </td>
      <td>
        <RecordSelect kind="initiatives" record={initiative} field="status" label={label('status')} hideLabel options={statusOptions(t)} undoLabel={undoLabel} />
        {warningCount > 0 ? (
          <p className="rm-cell-note rm-row-warning">
            <AlertTriangle size={14} aria-hidden="true" /> {t('roadmap.timeline.warningCount', { count: warningCount })}
          </p>
        ) : null}
      </td>
      <td className="rm-cell-actions">
        <div className="row rm-row-actions">
          <button type="button" className="btn btn-ghost btn-icon" onClick={() => onOpen(initiative.id)} aria-label={t('roadmap.table.details', { name })} title={t('roadmap.table.detailsShort')}>
            <PanelRightOpen size={18} aria-hidden="true" />
          </button>
          <LazyTraceButton kind="initiatives" id={initiative.id} workshopId={initiative.workshopId} name={name} className="btn-icon rm-trace-compact" />
          <DeleteRecordButton kind="initiatives" id={initiative.id} workshopId={initiative.workshopId} name={t('roadmap.deleteName', { name })} undoLabel={t('roadmap.undo.deleteInitiative')} />
        </div>
      </td>
    </tr>
  );
});
