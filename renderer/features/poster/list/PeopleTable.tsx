import { useTranslation } from 'react-i18next';
import { LocateFixed } from 'lucide-react';
import type { Stakeholder } from '../../../../shared/domain';
import { AttitudeBadge } from '../AttitudeBadge';
import { formatCount, personName } from '../posterLabels';

interface PeopleTableProps {
  people: readonly Stakeholder[];
  language: string;
  selectedId: string | null;
  onShow: (person: Stakeholder) => void;
}

/** The cards as a table: the same facts as the canvas, position included, for keyboard and screen readers. */
export function PeopleTable({ people, language, selectedId, onShow }: PeopleTableProps) {
  const { t } = useTranslation();
  if (people.length === 0) return <p className="muted">{t('poster.list.noPeople')}</p>;
  return (
    <div className="table-scroll">
      <table className="data-table poster-table" aria-label={t('poster.list.peopleCaption')}>
        <thead>
          <tr>
            <th scope="col">{t('poster.fields.name')}</th>
            <th scope="col">{t('poster.fields.side')}</th>
            <th scope="col">{t('poster.fields.role')}</th>
            <th scope="col" className="num">{t('poster.fields.influence')}</th>
            <th scope="col">{t('poster.fields.attitude')}</th>
            <th scope="col" className="num">{t('poster.list.position')}</th>
            <th scope="col"><span className="visually-hidden">{t('poster.list.actions')}</span></th>
          </tr>
        </thead>
        <tbody>
          {people.map((person) => {
            const name = personName(person, t);
            return (
              <tr key={person.id} className={person.id === selectedId ? 'is-selected' : undefined} data-testid="poster-person-row">
                <th scope="row" className="poster-table-person">
                  <span className="poster-table-name">{name}</span>
                  {person.title ? <span className="muted">{person.title}</span> : null}
                  {person.organisation ? <span className="muted">{person.organisation}</span> : null}
                </th>
                <td>{t(`poster.side.${person.side}`)}</td>
                <td>{t(`poster.role.${person.role}`)}</td>
                <td className="num">{t('poster.list.influenceValue', { value: formatCount(person.influence, language), max: formatCount(5, language) })}</td>
                <td><AttitudeBadge attitude={person.attitude} compact /></td>
                <td className="num poster-position-cell" data-testid="poster-position">
                  {t('poster.list.positionValue', { x: formatCount(person.x, language), y: formatCount(person.y, language) })}
                </td>
                <td>
                  <button type="button" className="btn btn-ghost" onClick={() => onShow(person)} aria-label={t('poster.list.showNamed', { name })}>
                    <LocateFixed size={16} aria-hidden="true" /> {t('poster.list.show')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
