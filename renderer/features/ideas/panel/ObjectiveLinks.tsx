import { useTranslation } from 'react-i18next';
import type { FinalObjective, Idea } from '../../../../shared/domain';
import { updateRecord } from '../../../data';
import { noteExcerpt, objectiveTitle } from '../ideaLabels';

/** The final objectives (phase 4) an idea serves; each tick is stored at once and is its own undo step. */
export function ObjectiveLinks({ idea, objectives }: { idea: Idea; objectives: readonly FinalObjective[] }) {
  const { t } = useTranslation();
  const linked = new Set(idea.objectiveIds);
  const setLinked = (objective: FinalObjective, on: boolean) => {
    const labels = { text: noteExcerpt(idea, t), title: objectiveTitle(objective, t) };
    // Computed from the stored links, so a link made meanwhile in another window is kept.
    const update = (current: Idea) => {
      const others = current.objectiveIds.filter((id) => id !== objective.id);
      return { objectiveIds: on ? [...others, objective.id] : others };
    };
    void updateRecord('ideas', idea.id, update, t(on ? 'ideas.undo.linkObjective' : 'ideas.undo.unlinkObjective', labels));
  };
  return (
    <fieldset className="ideas-objectives">
      <legend>{t('ideas.objectives.legend')}</legend>
      {objectives.length === 0 ? (
        <p className="muted ideas-panel-note">{t('ideas.objectives.none')}</p>
      ) : (
        <ul className="ideas-objective-list">
          {objectives.map((objective) => (
            <li key={objective.id}>
              <label className="checkbox-field">
                <input type="checkbox" checked={linked.has(objective.id)} onChange={(event) => setLinked(objective, event.target.checked)} />
                <span>{objectiveTitle(objective, t)}</span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
