import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../../shared/domain';
import type { BudgetTotals } from '../../../shared/logic/budget';
import type { ScenarioOutcome } from '../../../shared/logic/scenarios';
import type { FigureFormatters } from './formatters';

interface ScenarioComparisonProps {
  budget: BudgetTotals;
  scenarios: readonly { scenario: Scenario; name: string; outcome: ScenarioOutcome }[];
  figures: FigureFormatters;
}

type Cell = { text: string; negative?: boolean; detail?: string };
type Row = { key: string; label: string; budget: Cell; scenario: (outcome: ScenarioOutcome) => Cell; total?: boolean };

/** Budget and every saved scenario side by side, one column each, the same rows as the P&L. */
export function ScenarioComparison({ budget, scenarios, figures }: ScenarioComparisonProps) {
  const { t } = useTranslation();
  const money = (value: number, detail?: string): Cell => ({ text: figures.money(value), negative: value < 0, detail });
  const rows: Row[] = [
    { key: 'salesDeviation', label: t('objectives.scenarios.salesDeviation'), budget: { text: figures.percent(0) }, scenario: (o) => ({ text: figures.percent(o.salesDeviationPct, { signed: true }) }) },
    { key: 'expenseDeviation', label: t('objectives.scenarios.expenseDeviation'), budget: { text: figures.percent(0) }, scenario: (o) => ({ text: figures.percent(o.expenseDeviationPct, { signed: true }) }) },
    { key: 'sales', label: t('objectives.pnl.sales'), budget: money(budget.sales), scenario: (o) => money(o.sales) },
    { key: 'costOfSales', label: t('objectives.pnl.costOfSales'), budget: money(budget.costOfSales), scenario: (o) => money(o.costOfSales) },
    { key: 'grossMargin', label: t('objectives.pnl.grossMargin'), budget: money(budget.grossMargin, figures.percent(budget.grossMarginPct)), scenario: (o) => money(o.grossMargin, figures.percent(o.grossMarginPct)) },
    { key: 'expenses', label: t('objectives.pnl.expenses'), budget: money(budget.expenses), scenario: (o) => money(o.expenses) },
    { key: 'profit', label: t('objectives.pnl.profit'), budget: money(budget.profit, figures.percent(budget.profitPct)), scenario: (o) => money(o.profit, figures.percent(o.profitPct)), total: true },
    {
      key: 'profitChange',
      label: t('objectives.scenarios.profitChange'),
      budget: { text: figures.money(0) },
      scenario: (o) => ({ text: figures.money(o.profitChange, { signed: true }), negative: o.profitChange < 0, detail: figures.percent(o.profitChangePct, { signed: true }) }),
    },
  ];
  return (
    <div className="table-scroll">
      <table className="data-table obj-comparison-table" data-testid="scenario-comparison">
        <caption className="obj-table-caption">{t('objectives.scenarios.comparisonCaption')}</caption>
        <thead>
          <tr>
            <th scope="col"><span className="visually-hidden">{t('objectives.pnl.item')}</span></th>
            <th scope="col" className="num">{t('objectives.simulator.budgetColumn')}</th>
            {scenarios.map(({ scenario, name }) => (
              <th key={scenario.id} scope="col" className="num obj-comparison-name">{name}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className={row.total ? 'obj-results-total' : undefined}>
              <th scope="row">{row.label}</th>
              <FigureCell cell={row.budget} />
              {scenarios.map(({ scenario, outcome }) => (
                <FigureCell key={scenario.id} cell={row.scenario(outcome)} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function FigureCell({ cell }: { cell: Cell }) {
  return (
    <td className={`num${cell.negative ? ' obj-negative' : ''}`}>
      {cell.text}
      {cell.detail ? <span className="obj-cell-detail">{cell.detail}</span> : null}
    </td>
  );
}
