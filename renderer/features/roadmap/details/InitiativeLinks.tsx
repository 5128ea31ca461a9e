import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FinalObjective, Idea, Initiative } from '../../../../shared/domain';
import { canDependOn } from '../../../../shared/logic/roadmapPlan';
import { updateRecord } from '../../../data';
import { dateRange, initiativeName } from '../roadmapText';
import { LinkChoices, type LinkChoice } from './LinkChoices';

interface InitiativeLinksProps {
  initiative: Initiative;
  initiatives: readonly Initiative[];
  finalObjectives: readonly FinalObjective[];
  ideas: readonly Idea[];
  language: string;
}

function toggled(ids: readonly string[], id: string, checked: boolean): string[] {
  return checked ? [...new Set([...ids, id])] : ids.filter((existing) => existing !== id);
}

/** Where the initiative comes from (its ideas), what it serves (objectives) and what it waits for. */
export function InitiativeLinks({ initiative, initiatives, finalObjectives, ideas, language }: InitiativeLinksProps) {
  const { t } = useTranslation();
  const name = initiativeName(initiative, t);

  const dependencyChoices = useMemo<LinkChoice[]>(
    () =>
      initiatives
        .filter((other) => other.id !== initiative.id)
        .map((other) => {
          const allowed = canDependOn(initiatives, initiative.id, other.id);
          return {
            id: other.id,
            label: initiativeName(other, t),
            detail: allowed ? dateRange(other.start, other.end, language, t) : t('roadmap.details.wouldCircle'),
            disabled: !allowed,
          };
        }),
    [initiatives, initiative.id, language, t],
  );
  const objectiveChoices = useMemo<LinkChoice[]>(
    () => finalObjectives.map((objective) => ({ id: objective.id, label: objective.title.trim() || t('roadmap.details.untitledObjective') })),
    [finalObjectives, t],
  );
  const origin = useMemo(() => {
    const byId = new Map(ideas.map((idea) => [idea.id, idea]));
    return initiative.ideaIds.flatMap((id) => {
      const idea = byId.get(id);
      return idea ? [idea] : [];
    });
  }, [ideas, initiative.ideaIds]);

  const storeDependencies = (id: string, checked: boolean) =>
    void updateRecord('initiatives', initiative.id, { dependsOnIds: toggled(initiative.dependsOnIds, id, checked) }, t('roadmap.undo.dependency', { name }));
  const storeObjectives = (id: string, checked: boolean) =>
    void updateRecord('initiatives', initiative.id, { objectiveIds: toggled(initiative.objectiveIds, id, checked) }, t('roadmap.undo.objectives', { name }));

  return (
    <div className="rm-links">
      <LinkChoices
        legend={t('roadmap.details.dependsOn')}
        hint={t('roadmap.details.dependsOnHint')}
        choices={dependencyChoices}
        selectedIds={initiative.dependsOnIds}
        emptyText={t('roadmap.details.noOtherInitiatives')}
        onToggle={storeDependencies}
      />
      <LinkChoices
        legend={t('roadmap.details.objectives')}
        choices={objectiveChoices}
        selectedIds={initiative.objectiveIds}
        emptyText={t('roadmap.details.noObjectives')}
        onToggle={storeObjectives}
      />
      <div className="rm-origin">
        <h3 className="rm-subheading">{t('roadmap.details.origin')}</h3>
        {origin.length === 0 ? (
          <p className="muted">{t('roadmap.details.fromScratch')}</p>
        ) : (
          <ul className="rm-origin-list">
            {origin.map((idea) => (
              <li key={idea.id}>{idea.text.trim() || t('roadmap.details.emptyIdea')}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
