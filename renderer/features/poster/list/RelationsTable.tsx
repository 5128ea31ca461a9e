import { useTranslation } from 'react-i18next';
import { Pencil } from 'lucide-react';
import type { Relation, Stakeholder } from '../../../../shared/domain';
import { DeleteRecordButton } from '../../../components/DeleteRecordButton';
import { describeRelation, personName } from '../posterLabels';

interface RelationsTableProps {
  relations: readonly Relation[];
  people: readonly Stakeholder[];
  workshopId: string;
  selectedId: string | null;
  onEdit: (relation: Relation) => void;
}

/** Every line on the poster written out: who, how, to whom, how strongly. */
export function RelationsTable({ relations, people, workshopId, selectedId, onEdit }: RelationsTableProps) {
  const { t } = useTranslation();
  const names = new Map(people.map((person) => [person.id, personName(person, t)]));
  // Read in the order of the people list: everything starting from the first person, then the next.
  const rank = new Map(people.map((person, index) => [person.id, index]));
  const shown = relations
    .filter((relation) => names.has(relation.fromId) && names.has(relation.toId))
    .sort((first, second) => (rank.get(first.fromId) ?? 0) - (rank.get(second.fromId) ?? 0) || (rank.get(first.toId) ?? 0) - (rank.get(second.toId) ?? 0));
  if (shown.length === 0) return <p className="muted">{t('poster.list.noRelations')}</p>;
  return (
    <div className="table-scroll">
      <table className="data-table poster-table" aria-label={t('poster.list.relationsCaption')}>
        <thead>
          <tr>
            <th scope="col">{t('poster.fields.from')}</th>
            <th scope="col">{t('poster.fields.relationType')}</th>
            <th scope="col">{t('poster.fields.to')}</th>
            <th scope="col">{t('poster.fields.strength')}</th>
            <th scope="col"><span className="visually-hidden">{t('poster.list.actions')}</span></th>
          </tr>
        </thead>
        <tbody>
          {shown.map((relation) => {
            const from = names.get(relation.fromId) ?? '';
            const to = names.get(relation.toId) ?? '';
            const description = describeRelation(relation, from, to, t);
            return (
              <tr key={relation.id} className={relation.id === selectedId ? 'is-selected' : undefined} data-testid="poster-relation-row">
                <td>{from}</td>
                <td>{t(`poster.relationType.${relation.type}`)}</td>
                <td>{to}</td>
                <td>{t(`poster.strength.${relation.strength}`)}</td>
                <td className="poster-table-actions">
                  <button type="button" className="btn btn-ghost btn-icon" onClick={() => onEdit(relation)} aria-label={t('poster.list.editNamed', { description })} title={t('poster.list.edit')}>
                    <Pencil size={16} aria-hidden="true" />
                  </button>
                  <DeleteRecordButton kind="relations" id={relation.id} workshopId={workshopId} name={description} undoLabel={t('poster.undo.deleteRelation')} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
