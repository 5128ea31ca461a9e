import { useTranslation } from 'react-i18next';
import { Link2 } from 'lucide-react';
import type { CurrentObjective, FinalObjective } from '../../../shared/domain';
import { RecordNumberField, RecordTextField } from '../../components/fields';
import { DeleteRecordButton } from '../../components/DeleteRecordButton';
import { MoveButtons } from '../../components/MoveButtons';
import { useFocusIfJustAdded } from './pendingFocus';

interface ObjectiveItemProps {
  objective: CurrentObjective;
  position: number;
  siblings: readonly CurrentObjective[];
  /** Final objectives (phase 4) rewritten from this one. */
  reformulations: readonly FinalObjective[];
  language: string;
}

/** One of this year's objectives, edited in place; every field is stored as it is typed. */
export function ObjectiveItem({ objective, position, siblings, reformulations, language }: ObjectiveItemProps) {
  const { t } = useTranslation();
  const ref = useFocusIfJustAdded<HTMLLIElement>(objective.id);
  const name = objective.title.trim() || t('objectives.objective.untitled', { number: position });
  const undo = (field: string) => t('objectives.undo.editObjective', { field });
  return (
    <li ref={ref} className="obj-objective" data-testid="current-objective">
      <div className="obj-objective-head">
        <span className="obj-position" aria-hidden="true">{position}</span>
        <RecordTextField
          kind="currentObjectives"
          record={objective}
          field="title"
          label={t('objectives.objective.title', { number: position })}
          hideLabel
          placeholder={t('objectives.objective.titlePlaceholder')}
          undoLabel={undo(t('objectives.objective.titleField'))}
          className="obj-objective-title"
        />
        <div className="obj-item-actions">
          <MoveButtons kind="currentObjectives" workshopId={objective.workshopId} siblings={siblings} id={objective.id} name={name} undoLabel={t('objectives.undo.moveObjective')} />
          <DeleteRecordButton kind="currentObjectives" id={objective.id} workshopId={objective.workshopId} name={name} undoLabel={t('objectives.undo.deleteObjective')} />
        </div>
      </div>
      <div className="obj-objective-fields">
        <RecordTextField kind="currentObjectives" record={objective} field="metric" label={t('objectives.objective.metric')} placeholder={t('objectives.objective.metricPlaceholder')} undoLabel={undo(t('objectives.objective.metric'))} className="obj-field-metric" />
        <RecordTextField kind="currentObjectives" record={objective} field="unit" label={t('objectives.objective.unit')} placeholder={t('objectives.objective.unitPlaceholder')} undoLabel={undo(t('objectives.objective.unit'))} />
        <RecordNumberField kind="currentObjectives" record={objective} field="baseline" label={t('objectives.objective.baseline')} language={language} nullable undoLabel={undo(t('objectives.objective.baseline'))} />
        <RecordNumberField kind="currentObjectives" record={objective} field="target" label={t('objectives.objective.target')} language={language} nullable undoLabel={undo(t('objectives.objective.target'))} />
        <RecordTextField kind="currentObjectives" record={objective} field="period" label={t('objectives.objective.period')} placeholder={t('objectives.objective.periodPlaceholder')} undoLabel={undo(t('objectives.objective.period'))} />
        <RecordTextField kind="currentObjectives" record={objective} field="owner" label={t('objectives.objective.owner')} undoLabel={undo(t('objectives.objective.owner'))} />
      </div>
      {reformulations.length > 0 ? (
        <p className="obj-reformulations">
          <Link2 size={16} aria-hidden="true" />
          <span>{t('objectives.objective.reformulatedAs', { count: reformulations.length })}</span>
          {reformulations.map((final) => (
            <span key={final.id} className="badge badge-primary obj-reformulation">{final.title.trim() || t('objectives.objective.untitledFinal')}</span>
          ))}
        </p>
      ) : null}
    </li>
  );
}
