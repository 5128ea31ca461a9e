import { useTranslation } from 'react-i18next';
import type { Initiative } from '../../../../shared/domain';
import { RecordNumberField, RecordSelect, RecordTextField } from '../../../components/fields';
import { InitiativeDateField } from '../fields/InitiativeDateField';
import { useSuggestionLists } from '../fields/suggestions';
import { statusOptions } from '../roadmapText';

interface InitiativeFieldsProps {
  initiative: Initiative;
  language: string;
  currency: string;
}

/** What, who, with which means and by when: every field of an initiative, stored as it is typed. */
export function InitiativeFields({ initiative, language, currency }: InitiativeFieldsProps) {
  const { t } = useTranslation();
  const lists = useSuggestionLists();
  const undoLabel = t('roadmap.undo.editInitiative');
  return (
    <div className="rm-field-grid">
      <RecordTextField kind="initiatives" record={initiative} field="title" label={t('roadmap.fields.title')} undoLabel={undoLabel} className="rm-span-2" />
      <RecordTextField kind="initiatives" record={initiative} field="workstream" label={t('roadmap.fields.workstream')} suggestions={lists.workstreams} undoLabel={undoLabel} />
      <RecordTextField kind="initiatives" record={initiative} field="owner" label={t('roadmap.fields.owner')} suggestions={lists.people} undoLabel={undoLabel} />
      <RecordTextField kind="initiatives" record={initiative} field="team" label={t('roadmap.fields.team')} undoLabel={undoLabel} className="rm-span-2" />
      <InitiativeDateField initiative={initiative} field="start" label={t('roadmap.fields.start')} undoLabel={undoLabel} />
      <InitiativeDateField initiative={initiative} field="end" label={t('roadmap.fields.end')} undoLabel={undoLabel} />
      <RecordNumberField kind="initiatives" record={initiative} field="budget" label={t('roadmap.fields.budget')} language={language} currency={currency} min={0} undoLabel={undoLabel} />
      <RecordSelect kind="initiatives" record={initiative} field="status" label={t('roadmap.fields.status')} options={statusOptions(t)} undoLabel={undoLabel} />
      <RecordTextField kind="initiatives" record={initiative} field="description" label={t('roadmap.fields.description')} multiline maxLength={10_000} undoLabel={undoLabel} className="rm-span-2" />
      <RecordTextField kind="initiatives" record={initiative} field="means" label={t('roadmap.fields.means')} multiline maxLength={10_000} undoLabel={undoLabel} className="rm-span-2" />
    </div>
  );
}
