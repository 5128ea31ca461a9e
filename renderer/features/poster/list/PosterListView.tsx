import { useTranslation } from 'react-i18next';
import type { Relation, Stakeholder } from '../../../../shared/domain';
import { formatCount } from '../posterLabels';
import type { PosterSelection } from '../posterSelection';
import { selectedIdOf } from '../posterSelection';
import { PeopleTable } from './PeopleTable';
import { RelationsTable } from './RelationsTable';

interface PosterListViewProps {
  people: readonly Stakeholder[];
  relations: readonly Relation[];
  workshopId: string;
  language: string;
  selection: PosterSelection;
  onShowPerson: (person: Stakeholder) => void;
  onEditRelation: (relation: Relation) => void;
}

/** The text alternative of the canvas, always shown below it. */
export function PosterListView({ people, relations, workshopId, language, selection, onShowPerson, onEditRelation }: PosterListViewProps) {
  const { t } = useTranslation();
  return (
    <section className="card section-card poster-list" aria-labelledby="poster-list-title">
      <div className="section-head">
        <h2 id="poster-list-title">{t('poster.list.title')}</h2>
        <span className="muted">{t('poster.list.counts', { people: formatCount(people.length, language), relations: formatCount(relations.length, language) })}</span>
      </div>
      <h3 className="poster-subtitle">{t('poster.list.peopleHeading')}</h3>
      <PeopleTable people={people} language={language} selectedId={selectedIdOf(selection, 'person')} onShow={onShowPerson} />
      <h3 className="poster-subtitle">{t('poster.list.relationsHeading')}</h3>
      <RelationsTable relations={relations} people={people} workshopId={workshopId} selectedId={selectedIdOf(selection, 'relation')} onEdit={onEditRelation} />
    </section>
  );
}
