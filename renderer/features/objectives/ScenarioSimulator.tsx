import { useId, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { createScenario, type Scenario } from '../../../shared/domain';
import type { BudgetTotals } from '../../../shared/logic/budget';
import { breakEvenSalesDeviation, simulateScenario, type ScenarioDeviation } from '../../../shared/logic/scenarios';
import { addRecord } from '../../data';
import { showToast } from '../../components/toastStore';
import { ProfitComparisonChart, SensitivityChart } from './SimulatorCharts';
import { SimulatorControls } from './SimulatorControls';
import { SimulatorResults } from './SimulatorResults';
import type { FigureFormatters } from './formatters';
import { orderAfterLast } from '../../../shared/logic/listOrder';

interface ScenarioSimulatorProps {
  workshopId: string;
  budget: BudgetTotals;
  hasBudget: boolean;
  scenarios: readonly Scenario[];
  deviation: ScenarioDeviation;
  onDeviationChange: (deviation: ScenarioDeviation) => void;
  figures: FigureFormatters;
  /** Lets a saved scenario bring the simulator into view when it is loaded. */
  sectionRef: Ref<HTMLElement>;
}

/**
 * Plays "what if sales fall short, what if expenses run over" live on the budget. The slider
 * positions are a what-if, not data: only "Save as scenario" stores anything.
 */
export function ScenarioSimulator({ workshopId, budget, hasBudget, scenarios, deviation, onDeviationChange, figures, sectionRef }: ScenarioSimulatorProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const outcome = simulateScenario(budget, deviation);
  const deviationText = (value: number) => figures.percent(value, { signed: true });

  const save = async (name: string) => {
    const scenario = createScenario(workshopId, {
      name: name.trim() || t('objectives.simulator.defaultName', { sales: deviationText(outcome.salesDeviationPct), expenses: deviationText(outcome.expenseDeviationPct) }),
      salesDeviationPct: outcome.salesDeviationPct,
      expenseDeviationPct: outcome.expenseDeviationPct,
      order: orderAfterLast(scenarios),
    });
    await addRecord('scenarios', scenario, t('objectives.undo.saveScenario'));
    showToast({ tone: 'success', message: t('objectives.simulator.saved', { name: scenario.name }) });
  };

  return (
    <section ref={sectionRef} className="card section-card" aria-labelledby={headingId}>
      <div className="stack obj-section-title">
        <h2 id={headingId}>{t('objectives.simulator.heading')}</h2>
        <p className="obj-assumption">
          <strong>{t('objectives.simulator.assumptionLabel')}</strong> {t('objectives.simulator.assumption')}
        </p>
      </div>
      {hasBudget ? (
        <>
          <div className="obj-simulator-layout">
            <SimulatorControls deviation={deviation} onDeviationChange={onDeviationChange} deviationText={deviationText} onSave={save} />
            <div className="obj-results-column">
              <SimulatorResults budget={budget} outcome={outcome} figures={figures} />
              <ProfitComparisonChart budget={budget} outcome={outcome} figures={figures} />
            </div>
          </div>
          <div className="obj-sensitivity-block">
            <BreakEvenNote budget={budget} expenseDeviationPct={outcome.expenseDeviationPct} figures={figures} />
            <SensitivityChart budget={budget} outcome={outcome} figures={figures} />
          </div>
        </>
      ) : (
        <p className="muted obj-note" data-testid="simulator-needs-budget">{t('objectives.simulator.needsBudget')}</p>
      )}
    </section>
  );
}

function BreakEvenNote({ budget, expenseDeviationPct, figures }: { budget: BudgetTotals; expenseDeviationPct: number; figures: FigureFormatters }) {
  const { t } = useTranslation();
  const breakEven = breakEvenSalesDeviation(budget, expenseDeviationPct);
  if (breakEven === null) return null;
  const values = { percent: figures.percent(Math.abs(breakEven)), expenses: figures.percent(expenseDeviationPct, { signed: true }) };
  const key = breakEven < 0 ? 'objectives.simulator.breakEvenBelow' : 'objectives.simulator.breakEvenAbove';
  return <p className="obj-break-even" data-testid="break-even">{t(key, values)}</p>;
}
