import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Initiative, Milestone } from '../../../../shared/domain';
import type { PlanWarning } from '../../../../shared/logic/roadmapPlan';
import { MilestoneTable } from './MilestoneTable';
import { milestoneNotes, useMilestoneAdder } from './useMilestoneAdder';

interface MilestonesSectionProps {
  initiatives: readonly Initiative[];
  milestones: readonly Milestone[];
  warnings: readonly PlanWarning[];
  initiativeById: ReadonlyMap<string, Initiative>;
  language: string;
}

/** Every milestone of the roadmap, initiative by initiative: what can be observed, and by when. */
export function MilestonesSection({ initiatives, milestones, warnings, initiativeById, language }: MilestonesSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const adder = useMilestoneAdder();
  const notes = useMemo(() => milestoneNotes(warnings, initiativeById, language, t), [warnings, initiativeById, language, t]);
  const reached = milestones.filter((milestone) => milestone.done).length;

  return (
    <section className="card section-card" aria-labelledby={headingId}>
      <div className="section-head">
        <div className="stack rm-section-title">
          <h2 id={headingId}>{t('roadmap.milestones.heading')}</h2>
          <p className="muted">{t('roadmap.milestones.intro')}</p>
        </div>
        {milestones.length > 0 ? <span className="badge">{t('roadmap.milestones.reached', { count: reached, total: milestones.length })}</span> : null}
      </div>
      {initiatives.length === 0 ? (
        <p className="muted">{t('roadmap.milestones.needInitiative')}</p>
      ) : (
        <MilestoneTable
          initiatives={initiatives}
          milestones={milestones}
          grouped
          language={language}
          notesByMilestone={notes}
          caption={t('roadmap.milestones.heading')}
          focusId={adder.focusId}
          onFocused={adder.clearFocus}
          onAdd={adder.add}
        />
      )}
    </section>
  );
}
