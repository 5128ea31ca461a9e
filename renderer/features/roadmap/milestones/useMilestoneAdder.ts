import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { createMilestone, type Initiative } from '../../../../shared/domain';
import type { PlanWarning } from '../../../../shared/logic/roadmapPlan';
import { addRecord } from '../../../data';
import { formatPlanDate } from '../../../app/format';

/**
 * Adds a milestone on the initiative's last day (inside it, where most milestones go) and puts the
 * focus on its title once the new row is drawn.
 */
export function useMilestoneAdder() {
  const { t } = useTranslation();
  const [focusId, setFocusId] = useState<string | null>(null);
  const add = useCallback(
    (initiative: Initiative) => {
      const milestone = createMilestone(initiative.workshopId, { initiativeId: initiative.id, date: initiative.end });
      setFocusId(milestone.id);
      void addRecord('milestones', milestone, t('roadmap.undo.addMilestone'));
    },
    [t],
  );
  const clearFocus = useCallback(() => setFocusId(null), []);
  return { add, focusId, clearFocus };
}

/** The date problems of each milestone, said briefly next to its date. */
export function milestoneNotes(warnings: readonly PlanWarning[], initiatives: ReadonlyMap<string, Initiative>, language: string, t: TFunction): Map<string, string[]> {
  const notes = new Map<string, string[]>();
  for (const warning of warnings) {
    if (warning.kind !== 'milestoneBeforeStart' && warning.kind !== 'milestoneAfterEnd') continue;
    const initiative = initiatives.get(warning.initiativeId);
    if (!initiative) continue;
    const note =
      warning.kind === 'milestoneBeforeStart'
        ? t('roadmap.milestones.beforeStart', { date: formatPlanDate(initiative.start, language) })
        : t('roadmap.milestones.afterEnd', { date: formatPlanDate(initiative.end, language) });
    notes.set(warning.milestoneId, [...(notes.get(warning.milestoneId) ?? []), note]);
  }
  return notes;
}
