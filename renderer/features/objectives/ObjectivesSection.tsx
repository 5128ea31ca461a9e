import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Plus, Target } from 'lucide-react';
import { createCurrentObjective, type CurrentObjective, type FinalObjective } from '../../../shared/domain';
import { addRecord } from '../../data';
import { EmptyState } from '../../components/EmptyState';
import { ObjectiveItem } from './ObjectiveItem';
import { orderAfterLast } from '../../../shared/logic/listOrder';
import { focusWhenRendered } from './pendingFocus';

interface ObjectivesSectionProps {
  workshopId: string;
  language: string;
  objectives: readonly CurrentObjective[];
  finalObjectives: readonly FinalObjective[];
}

/** This year's objectives as the company set them, before the workshop questions them. */
export function ObjectivesSection({ workshopId, language, objectives, finalObjectives }: ObjectivesSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();

  const add = () => {
    const objective = createCurrentObjective(workshopId, { order: orderAfterLast(objectives) });
    focusWhenRendered(objective.id);
    void addRecord('currentObjectives', objective, t('objectives.undo.addObjective'));
  };

  return (
    <section className="card section-card" aria-labelledby={headingId}>
      <div className="section-head">
        <div className="stack obj-section-title">
          <h2 id={headingId}>{t('objectives.objectivesHeading')}</h2>
          <p className="muted">{t('objectives.objectivesIntro')}</p>
        </div>
      </div>
      {objectives.length === 0 ? (
        <EmptyState icon={<Target size={32} />} title={t('objectives.objectivesEmptyTitle')} body={t('objectives.objectivesEmptyBody')} />
      ) : (
        <ol className="obj-objective-list">
          {objectives.map((objective, index) => (
            <ObjectiveItem
              key={objective.id}
              objective={objective}
              position={index + 1}
              siblings={objectives}
              reformulations={finalObjectives.filter((final) => final.originalObjectiveId === objective.id)}
              language={language}
            />
          ))}
        </ol>
      )}
      <div>
        <button type="button" className="btn btn-primary" onClick={add}>
          <Plus size={18} aria-hidden="true" />
          {t('objectives.addObjective')}
        </button>
      </div>
    </section>
  );
}
