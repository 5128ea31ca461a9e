import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link2, Trash2 } from 'lucide-react';
import { STAKEHOLDER_SIDES, rolesForSide, type Relation, type Stakeholder } from '../../../../shared/domain';
import { placeNewPerson } from '../../../../shared/logic/posterLayout';
import { updateRecord } from '../../../data';
import { RecordChoiceGroup, RecordSelect, RecordTextField, type ChoiceOption } from '../../../components/fields';
import { INFLUENCE_LEVELS, attitudeOptions, formatCount, personName, roleOptions } from '../posterLabels';
import type { PosterSelection } from '../posterSelection';
import { PersonRelationsList } from './PersonRelationsList';

interface PersonEditorProps {
  person: Stakeholder;
  people: readonly Stakeholder[];
  relations: readonly Relation[];
  language: string;
  headingId: string;
  onSelect: (selection: PosterSelection) => void;
  onAddRelation: (fromId: string) => void;
  onRequestDelete: (person: Stakeholder) => void;
}

/** Everything about the selected person, stored as it is typed or chosen (each change undoable). */
export function PersonEditor({ person, people, relations, language, headingId, onSelect, onAddRelation, onRequestDelete }: PersonEditorProps) {
  const { t } = useTranslation();
  const sideId = useId();
  const undoLabel = t('poster.undo.editPerson', { name: personName(person, t) });

  const changeSide = (side: Stakeholder['side']) => {
    // Side, role and place change together in one step: a role only exists on its own side, and the
    // card moves to a free spot in its new side's region.
    const role = rolesForSide(side).includes(person.role) ? person.role : (rolesForSide(side)[0] ?? person.role);
    const position = placeNewPerson(people.filter((entry) => entry.id !== person.id), side);
    void updateRecord('stakeholders', person.id, { side, role, ...position }, undoLabel);
  };

  return (
    <div className="stack poster-editor">
      <h2 id={headingId} tabIndex={-1} className="poster-panel-title">{personName(person, t)}</h2>
      <RecordTextField kind="stakeholders" record={person} field="name" label={t('poster.fields.name')} undoLabel={undoLabel} />
      <RecordTextField kind="stakeholders" record={person} field="title" label={t('poster.fields.title')} undoLabel={undoLabel} />
      <div className="field">
        <label htmlFor={sideId}>{t('poster.fields.side')}</label>
        <select id={sideId} className="select" value={person.side} onChange={(event) => changeSide(STAKEHOLDER_SIDES.find((side) => side === event.target.value) ?? person.side)}>
          {STAKEHOLDER_SIDES.map((side) => <option key={side} value={side}>{t(`poster.side.${side}`)}</option>)}
        </select>
      </div>
      {person.side === 'ours' ? (
        <RecordTextField kind="stakeholders" record={person} field="organisation" label={t('poster.fields.organisation')} hint={t('poster.fields.organisationHint')} undoLabel={undoLabel} />
      ) : null}
      <RecordSelect kind="stakeholders" record={person} field="role" label={t('poster.fields.role')} options={roleOptions(t, person.side)} undoLabel={undoLabel} />
      <RecordChoiceGroup
        kind="stakeholders"
        record={person}
        field="influence"
        legend={t('poster.fields.influenceScale')}
        options={INFLUENCE_LEVELS.map((level): ChoiceOption<number> => ({ value: level, label: formatCount(level, language) }))}
        undoLabel={undoLabel}
      />
      <RecordSelect kind="stakeholders" record={person} field="attitude" label={t('poster.fields.attitude')} options={attitudeOptions(t)} undoLabel={undoLabel} />
      <p className="muted poster-position">{t('poster.fields.position', { x: formatCount(person.x, language), y: formatCount(person.y, language) })}</p>
      <PersonRelationsList person={person} people={people} relations={relations} onSelect={onSelect} />
      <div className="row-wrap">
        <button type="button" className="btn" onClick={() => onAddRelation(person.id)}>
          <Link2 size={16} aria-hidden="true" /> {t('poster.addRelation.fromPerson')}
        </button>
        <button type="button" className="btn btn-ghost btn-ghost-danger" onClick={() => onRequestDelete(person)}>
          <Trash2 size={16} aria-hidden="true" /> {t('poster.deletePerson.button')}
        </button>
      </div>
    </div>
  );
}
