import { useTranslation } from 'react-i18next';
import type { Relation, Stakeholder } from '../../../../shared/domain';
import { describeRelation, personName } from '../posterLabels';
import type { PosterSelection } from '../posterSelection';

interface PersonRelationsListProps {
  person: Stakeholder;
  people: readonly Stakeholder[];
  relations: readonly Relation[];
  onSelect: (selection: PosterSelection) => void;
}

/** The selected person's relations, each a way into editing that relation. */
export function PersonRelationsList({ person, people, relations, onSelect }: PersonRelationsListProps) {
  const { t } = useTranslation();
  const names = new Map(people.map((entry) => [entry.id, personName(entry, t)]));
  const own = relations.filter((relation) => relation.fromId === person.id || relation.toId === person.id);
  return (
    <div className="stack poster-person-relations">
      <h3 className="poster-subtitle">{t('poster.panel.relationsOf')}</h3>
      {own.length === 0 ? (
        <p className="muted">{t('poster.panel.noRelations')}</p>
      ) : (
        <ul className="poster-link-list">
          {own.map((relation) => (
            <li key={relation.id}>
              <button type="button" className="btn btn-ghost poster-link-button" onClick={() => onSelect({ kind: 'relation', id: relation.id })}>
                {describeRelation(relation, names.get(relation.fromId) ?? '', names.get(relation.toId) ?? '', t)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
