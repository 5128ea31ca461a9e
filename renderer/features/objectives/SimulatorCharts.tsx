import { useTranslation } from 'react-i18next';
import type { BudgetTotals } from '../../../shared/logic/budget';
import { profitBySalesDeviation, type ScenarioOutcome } from '../../../shared/logic/scenarios';
import { BarChart, type BarDatum } from '../../components/charts/BarChart';
import type { FigureFormatters } from './formatters';

interface SimulatorChartProps {
  budget: BudgetTotals;
  outcome: ScenarioOutcome;
  figures: FigureFormatters;
}

/** The budgeted profit beside the scenario's. */
export function ProfitComparisonChart({ budget, outcome, figures }: SimulatorChartProps) {
  const { t } = useTranslation();
  const data: BarDatum[] = [
    { key: 'budget', label: t('objectives.simulator.budgetColumn'), value: budget.profit, display: figures.money(budget.profit), tone: 'muted' },
    { key: 'scenario', label: t('objectives.simulator.scenarioColumn'), value: outcome.profit, display: figures.money(outcome.profit), tone: outcome.profit < 0 ? 'danger' : 'primary' },
  ];
  return (
    <div className="obj-chart" data-testid="profit-comparison-chart">
      <BarChart title={t('objectives.simulator.comparisonChart')} data={data} emptyText={t('objectives.simulator.needsBudget')} />
    </div>
  );
}

/** How profit follows sales from 10 % short to 10 % over, with expenses where the slider holds them. */
export function SensitivityChart({ budget, outcome, figures }: SimulatorChartProps) {
  const { t } = useTranslation();
  const data: BarDatum[] = profitBySalesDeviation(budget, outcome.expenseDeviationPct).map((point) => ({
    key: String(point.salesDeviationPct),
    label: t('objectives.simulator.salesAt', { percent: figures.percent(point.salesDeviationPct, { signed: true }) }),
    value: point.profit,
    display: figures.money(point.profit),
    tone: point.profit < 0 ? 'danger' : 'success',
  }));
  return (
    <div className="obj-chart obj-sensitivity" data-testid="sensitivity-chart">
      <BarChart
        title={t('objectives.simulator.sensitivityChart', { expenses: figures.percent(outcome.expenseDeviationPct, { signed: true }) })}
        data={data}
        emptyText={t('objectives.simulator.needsBudget')}
      />
      <p className="field-hint">{t('objectives.simulator.lossHint')}</p>
    </div>
  );
}
