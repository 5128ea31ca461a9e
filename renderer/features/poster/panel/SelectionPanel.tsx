import { useTranslation } from 'react-i18next';
import { MousePointerClick } from 'lucide-react';
import type { Relation, Stakeholder } from '../../../../shared/domain';
import type { PosterSelection } from '../posterSelection';
import { PersonEditor } from './PersonEditor';
import { RelationEditor } from './RelationEditor';

interface SelectionPanelProps {
  selection: PosterSelection;
  people: readonly Stakeholder[];
  relations: readonly Relation[];
  workshopId: string;
  language: string;
  headingId: string;
  onSelect: (selection: PosterSelection) => void;
  onAddRelation: (fromId: string) => void;
  onRequestDelete: (person: Stakeholder) => void;
}

/** Beside the canvas: the editor of whatever is selected, or how to select something. */
export function SelectionPanel({ selection, people, relations, workshopId, language, headingId, onSelect, onAddRelation, onRequestDelete }: SelectionPanelProps) {
  const { t } = useTranslation();
  const person = selection?.kind === 'person' ? people.find((entry) => entry.id === selection.id) : undefined;
  const relation = selection?.kind === 'relation' ? relations.find((entry) => entry.id === selection.id) : undefined;
  return (
    <section className="card section-card poster-selection" aria-label={t('poster.panel.label')}>
      {person ? (
        <PersonEditor
          key={person.id}
          person={person}
          people={people}
          relations={relations}
          language={language}
          headingId={headingId}
          onSelect={onSelect}
          onAddRelation={onAddRelation}
          onRequestDelete={onRequestDelete}
        />
      ) : relation ? (
        <RelationEditor key={relation.id} relation={relation} people={people} workshopId={workshopId} headingId={headingId} />
      ) : (
        <div className="stack poster-selection-hint">
          <h2 id={headingId} tabIndex={-1} className="poster-panel-title">{t('poster.panel.nothingTitle')}</h2>
          <p className="muted">
            <MousePointerClick size={16} aria-hidden="true" className="inline-icon" /> {t('poster.panel.nothingBody')}
          </p>
        </div>
      )}
    </section>
  );
}
