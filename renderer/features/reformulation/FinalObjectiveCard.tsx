import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurrentObjective, FinalObjective, Finding } from '../../../shared/domain';
import { objectiveWarnings } from '../../../shared/logic/objectiveChecks';
import { DeleteRecordButton } from '../../components/DeleteRecordButton';
import { ChecksEditor } from './ChecksEditor';
import { LinkedFindings } from './LinkedFindings';
import { MoveButtons } from '../../components/MoveButtons';
import { TraceButton } from '../trace/TraceButton';
import { ObjectiveWarningList } from './ObjectiveWarningList';
import { OriginalComparison } from './OriginalComparison';
import { ReservePlanEditor } from './ReservePlanEditor';
import { useObjectiveWriter } from './useObjectiveWriter';

interface FinalObjectiveCardProps {
  objective: FinalObjective;
  position: number;
  siblings: readonly FinalObjective[];
  currentObjectives: readonly CurrentObjective[];
  findings: readonly Finding[];
  knownFindingIds: ReadonlySet<string>;
  language: string;
  ownersListId: string;
}

/** One reformulated objective: beside its original, with its checks, its findings and its reserve plan. */
export function FinalObjectiveCard({ objective, position, siblings, currentObjectives, findings, knownFindingIds, language, ownersListId }: FinalObjectiveCardProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const warningsId = useId();
  const writer = useObjectiveWriter(objective);
  const warnings = objectiveWarnings(objective, knownFindingIds);
  const title = objective.title.trim();
  const name = title || t('reformulation.objective.untitled', { number: position });
  return (
    <li className="ref-objective" data-objective-id={objective.id} data-testid="final-objective">
      <header className="ref-objective-head">
        <span className="ref-position" aria-hidden="true">{position}</span>
        <div className="ref-objective-heading">
          <h3 id={headingId}>
            <span className="visually-hidden">{t('reformulation.objective.headingPrefix', { number: position })} </span>
            {title || <span className="muted">{t('reformulation.objective.untitled', { number: position })}</span>}
          </h3>
          <span id={warningsId} className={warnings.length === 0 ? 'badge badge-success' : 'badge badge-warning'}>
            {warnings.length === 0 ? t('reformulation.objective.noWarnings') : t('reformulation.objective.warningCount', { count: warnings.length })}
          </span>
        </div>
        <div className="ref-objective-actions">
          <TraceButton kind="finalObjectives" id={objective.id} workshopId={objective.workshopId} name={name} />
          <MoveButtons kind="finalObjectives" workshopId={objective.workshopId} siblings={siblings} id={objective.id} name={name} undoLabel={t('reformulation.undo.move')} />
          <DeleteRecordButton kind="finalObjectives" id={objective.id} workshopId={objective.workshopId} name={t('reformulation.objective.deleteName', { name })} undoLabel={t('reformulation.undo.delete')} />
        </div>
      </header>
      <ObjectiveWarningList warnings={warnings} labelledBy={warningsId} />
      <OriginalComparison objective={objective} currentObjectives={currentObjectives} language={language} ownersListId={ownersListId} />
      <ChecksEditor objective={objective} writer={writer} />
      <div className="ref-objective-columns">
        <LinkedFindings objective={objective} findings={findings} writer={writer} />
        <ReservePlanEditor objective={objective} writer={writer} />
      </div>
    </li>
  );
}
