import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AlertTriangle, Plus } from 'lucide-react';
import type { FinalObjective, Idea, Initiative, Milestone, Workshop } from '../../../../shared/domain';
import type { PlanWarning } from '../../../../shared/logic/roadmapPlan';
import { Dialog } from '../../../components/Dialog';
import { DeleteRecordButton } from '../../../components/DeleteRecordButton';
import { MilestoneTable } from '../milestones/MilestoneTable';
import { milestoneNotes, useMilestoneAdder } from '../milestones/useMilestoneAdder';
import { initiativeName, warningMessage, type WarningLookups } from '../roadmapText';
import { LazyTraceButton } from '../LazyTraceButton';
import { InitiativeFields } from './InitiativeFields';
import { InitiativeLinks } from './InitiativeLinks';

interface InitiativeDialogProps {
  workshop: Workshop;
  initiative: Initiative | null;
  initiatives: readonly Initiative[];
  milestones: readonly Milestone[];
  finalObjectives: readonly FinalObjective[];
  ideas: readonly Idea[];
  warnings: readonly PlanWarning[];
  lookups: WarningLookups;
  onClose: () => void;
}

/** Everything about one initiative: its fields, what it waits for, where it comes from, its milestones. */
export function InitiativeDialog({ workshop, initiative, initiatives, milestones, finalObjectives, ideas, warnings, lookups, onClose }: InitiativeDialogProps) {
  const { t } = useTranslation();
  const adder = useMilestoneAdder();
  const own = useMemo(() => (initiative ? milestones.filter((milestone) => milestone.initiativeId === initiative.id) : []), [milestones, initiative]);
  const ownWarnings = useMemo(() => (initiative ? warnings.filter((warning) => warning.initiativeId === initiative.id) : []), [warnings, initiative]);
  const notes = useMemo(() => milestoneNotes(ownWarnings, lookups.initiatives, workshop.language, t), [ownWarnings, lookups.initiatives, workshop.language, t]);
  if (!initiative) return <Dialog open={false} title="" onClose={onClose}>{null}</Dialog>;
  const name = initiativeName(initiative, t);

  return (
    <Dialog
      open
      size="lg"
      title={t('roadmap.details.title', { name })}
      onClose={onClose}
      footer={
        <>
          <LazyTraceButton kind="initiatives" id={initiative.id} workshopId={workshop.id} name={name} />
          <DeleteRecordButton kind="initiatives" id={initiative.id} workshopId={workshop.id} name={t('roadmap.deleteName', { name })} undoLabel={t('roadmap.undo.deleteInitiative')} />
          <span className="spacer" />
          <button type="button" className="btn btn-primary" onClick={onClose}>{t('common.close')}</button>
        </>
      }
    >
      <div className="stack rm-details">
        {ownWarnings.length > 0 ? (
          <ul className="rm-warning-list rm-details-warnings" aria-label={t('roadmap.warnings.heading')}>
            {ownWarnings.map((warning, index) => (
              <li key={`${warning.kind}-${index}`}>
                <AlertTriangle size={16} aria-hidden="true" /> {warningMessage(warning, lookups, t)}
              </li>
            ))}
          </ul>
        ) : null}
        <InitiativeFields initiative={initiative} language={workshop.language} currency={workshop.currency} />
        <InitiativeLinks initiative={initiative} initiatives={initiatives} finalObjectives={finalObjectives} ideas={ideas} language={workshop.language} />
        <section className="stack rm-details-milestones" aria-label={t('roadmap.details.milestones')}>
          <h3 className="rm-subheading">{t('roadmap.details.milestones')}</h3>
          {own.length === 0 ? <p className="muted">{t('roadmap.details.noMilestones')}</p> : (
            <MilestoneTable
              initiatives={[initiative]}
              milestones={own}
              grouped={false}
              language={workshop.language}
              notesByMilestone={notes}
              caption={t('roadmap.details.milestonesOf', { name })}
              focusId={adder.focusId}
              onFocused={adder.clearFocus}
              onAdd={adder.add}
            />
          )}
          <div>
            <button type="button" className="btn" onClick={() => adder.add(initiative)}>
              <Plus size={18} aria-hidden="true" /> {t('roadmap.milestones.add')}
            </button>
          </div>
        </section>
      </div>
    </Dialog>
  );
}
