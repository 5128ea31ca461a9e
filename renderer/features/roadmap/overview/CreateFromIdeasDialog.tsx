import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Sparkles } from 'lucide-react';
import type { Cluster, FinalObjective } from '../../../../shared/domain';
import type { IdeaForRoadmap } from '../../../../shared/logic/roadmapPlan';
import { Dialog } from '../../../components/Dialog';

interface CreateFromIdeasDialogProps {
  open: boolean;
  ideas: readonly IdeaForRoadmap[];
  clusters: readonly Cluster[];
  finalObjectives: readonly FinalObjective[];
  onCreate: (ideaIds: readonly string[]) => void;
  onClose: () => void;
}

/**
 * The chosen ideas that are not on the roadmap yet, all ticked: one press turns them into initiatives
 * in one step (one undo). Unticking an idea leaves it for later.
 */
export function CreateFromIdeasDialog({ open, ideas, clusters, finalObjectives, onCreate, onClose }: CreateFromIdeasDialogProps) {
  const { t } = useTranslation();
  const [unticked, setUnticked] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    if (open) setUnticked(new Set());
  }, [open]);
  const clusterNames = new Map(clusters.map((cluster) => [cluster.id, cluster.name.trim()]));
  const knownObjectives = new Set(finalObjectives.map((objective) => objective.id));
  const chosen = ideas.filter((idea) => !unticked.has(idea.id));

  const toggle = (id: string, checked: boolean) =>
    setUnticked((current) => {
      const next = new Set(current);
      if (checked) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <Dialog
      open={open}
      size="lg"
      title={t('roadmap.fromIdeas.title')}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>{t('common.cancel')}</button>
          <button type="button" className="btn btn-primary" data-autofocus disabled={chosen.length === 0} onClick={() => onCreate(chosen.map((idea) => idea.id))}>
            <Sparkles size={18} aria-hidden="true" /> {t('roadmap.fromIdeas.create', { count: chosen.length })}
          </button>
        </>
      }
    >
      <div className="stack">
        <p>{t('roadmap.fromIdeas.intro')}</p>
        <fieldset className="rm-link-choices">
          <legend>{t('roadmap.fromIdeas.legend')}</legend>
          <ul className="rm-link-list rm-idea-list">
            {ideas.map((idea) => {
              const lane = (idea.clusterId === null ? undefined : clusterNames.get(idea.clusterId)) || idea.category.trim();
              const objectives = idea.objectiveIds.filter((id) => knownObjectives.has(id)).length;
              const details = [lane ? t('roadmap.fromIdeas.lane', { lane }) : t('roadmap.fromIdeas.noLane'), t('roadmap.fromIdeas.objectives', { count: objectives })];
              return (
                <li key={idea.id}>
                  <label className="checkbox-field rm-idea-choice">
                    <input type="checkbox" checked={!unticked.has(idea.id)} onChange={(event) => toggle(idea.id, event.target.checked)} />
                    <span className="stack rm-idea-text">
                      <span>{idea.text.trim() || t('roadmap.details.emptyIdea')}</span>
                      <span className="muted rm-link-detail">{details.join(' · ')}</span>
                    </span>
                  </label>
                </li>
              );
            })}
          </ul>
        </fieldset>
      </div>
    </Dialog>
  );
}
