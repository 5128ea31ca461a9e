import { useTranslation } from 'react-i18next';
import { SlidersHorizontal } from 'lucide-react';
import { SCENARIO_DEVIATION_LIMIT, type Scenario } from '../../../shared/domain';
import type { ScenarioOutcome } from '../../../shared/logic/scenarios';
import { RecordNumberField, RecordTextField } from '../../components/fields';
import { DeleteRecordButton } from '../../components/DeleteRecordButton';
import { MoveButtons } from '../../components/MoveButtons';
import type { FigureFormatters } from './formatters';

interface ScenarioCardProps {
  scenario: Scenario;
  position: number;
  siblings: readonly Scenario[];
  outcome: ScenarioOutcome;
  language: string;
  figures: FigureFormatters;
  onLoad: (scenario: Scenario) => void;
}

/** A saved scenario, edited in place, with the profit it leads to. */
export function ScenarioCard({ scenario, position, siblings, outcome, language, figures, onLoad }: ScenarioCardProps) {
  const { t } = useTranslation();
  const name = scenario.name.trim() || t('objectives.scenarios.untitled', { number: position });
  const undo = t('objectives.undo.editScenario');
  return (
    <li className="obj-scenario" data-testid="scenario-card">
      <RecordTextField kind="scenarios" record={scenario} field="name" label={t('objectives.scenarios.name')} undoLabel={undo} />
      <fieldset className="obj-scenario-deviations">
        <legend>{t('objectives.scenarios.deviationLegend')}</legend>
        <RecordNumberField kind="scenarios" record={scenario} field="salesDeviationPct" label={t('objectives.scenarios.salesShort')} language={language} min={-SCENARIO_DEVIATION_LIMIT} max={SCENARIO_DEVIATION_LIMIT} suffix="%" undoLabel={undo} />
        <RecordNumberField kind="scenarios" record={scenario} field="expenseDeviationPct" label={t('objectives.scenarios.expensesShort')} language={language} min={-SCENARIO_DEVIATION_LIMIT} max={SCENARIO_DEVIATION_LIMIT} suffix="%" undoLabel={undo} />
      </fieldset>
      <RecordTextField kind="scenarios" record={scenario} field="note" label={t('objectives.scenarios.note')} multiline maxLength={10_000} undoLabel={undo} />
      <p className="obj-scenario-result" data-testid="scenario-profit">
        <span>{t(outcome.profit < 0 ? 'objectives.pnl.loss' : 'objectives.pnl.profit')}</span>
        <strong className={outcome.profit < 0 ? 'obj-negative' : undefined}>{figures.money(outcome.profit)}</strong>
        <span className="muted">{t('objectives.scenarios.changeShort', { percent: figures.percent(outcome.profitChangePct, { signed: true }) })}</span>
      </p>
      <div className="obj-scenario-actions">
        <button type="button" className="btn" onClick={() => onLoad(scenario)} aria-label={t('objectives.scenarios.loadNamed', { name })}>
          <SlidersHorizontal size={18} aria-hidden="true" />
          {t('objectives.scenarios.load')}
        </button>
        <span className="spacer" />
        <MoveButtons kind="scenarios" workshopId={scenario.workshopId} siblings={siblings} id={scenario.id} name={name} undoLabel={t('objectives.undo.moveScenario')} />
        <DeleteRecordButton kind="scenarios" id={scenario.id} workshopId={scenario.workshopId} name={name} undoLabel={t('objectives.undo.deleteScenario')} />
      </div>
    </li>
  );
}
