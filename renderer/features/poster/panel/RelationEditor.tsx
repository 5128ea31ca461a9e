import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ArrowLeftRight } from 'lucide-react';
import type { Relation, Stakeholder } from '../../../../shared/domain';
import { updateRecord } from '../../../data';
import { DeleteRecordButton } from '../../../components/DeleteRecordButton';
import { RecordChoiceGroup, RecordSelect } from '../../../components/fields';
import { describeRelation, personName, relationTypeOptions, strengthOptions } from '../posterLabels';

interface RelationEditorProps {
  relation: Relation;
  people: readonly Stakeholder[];
  workshopId: string;
  headingId: string;
}

type End = 'fromId' | 'toId';

/** The selected relation: who to whom, its type and its strength, each change stored at once. */
export function RelationEditor({ relation, people, workshopId, headingId }: RelationEditorProps) {
  const { t } = useTranslation();
  const fromFieldId = useId();
  const toFieldId = useId();
  const names = new Map(people.map((person) => [person.id, personName(person, t)]));
  const description = describeRelation(relation, names.get(relation.fromId) ?? '', names.get(relation.toId) ?? '', t);
  const undoLabel = t('poster.undo.editRelation');

  const changeEnd = (end: End, personId: string) => {
    const other: End = end === 'fromId' ? 'toId' : 'fromId';
    // Choosing the person already at the other end turns the relation round instead of pointing it at itself.
    const patch = personId === relation[other] ? { [end]: personId, [other]: relation[end] } : { [end]: personId };
    void updateRecord('relations', relation.id, patch, undoLabel);
  };

  const endSelect = (end: End, id: string, label: string) => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} className="select" value={relation[end]} onChange={(event) => changeEnd(end, event.target.value)}>
        {people.map((person) => (
          <option key={person.id} value={person.id}>{`${personName(person, t)} (${t(`poster.side.${person.side}`)})`}</option>
        ))}
      </select>
    </div>
  );

  return (
    <div className="stack poster-editor">
      <h2 id={headingId} tabIndex={-1} className="poster-panel-title">{t('poster.panel.relationTitle')}</h2>
      <p className="poster-relation-sentence">{description}</p>
      {endSelect('fromId', fromFieldId, t('poster.fields.from'))}
      <RecordSelect kind="relations" record={relation} field="type" label={t('poster.fields.relationType')} options={relationTypeOptions(t)} undoLabel={undoLabel} />
      {endSelect('toId', toFieldId, t('poster.fields.to'))}
      <RecordChoiceGroup kind="relations" record={relation} field="strength" legend={t('poster.fields.strength')} options={strengthOptions(t)} undoLabel={undoLabel} />
      <div className="row-wrap">
        <button
          type="button"
          className="btn"
          onClick={() => void updateRecord('relations', relation.id, { fromId: relation.toId, toId: relation.fromId }, t('poster.undo.swapRelation'))}
        >
          <ArrowLeftRight size={16} aria-hidden="true" /> {t('poster.panel.swap')}
        </button>
        <span className="spacer" />
        <DeleteRecordButton kind="relations" id={relation.id} workshopId={workshopId} name={description} undoLabel={t('poster.undo.deleteRelation')} />
      </div>
    </div>
  );
}
