import { useTranslation } from 'react-i18next';
import type { BudgetTotals } from '../../../shared/logic/budget';
import type { ScenarioOutcome } from '../../../shared/logic/scenarios';
import type { FigureFormatters } from './formatters';

interface SimulatorResultsProps {
  budget: BudgetTotals;
  outcome: ScenarioOutcome;
  figures: FigureFormatters;
}

type FigureKey = 'sales' | 'costOfSales' | 'grossMargin' | 'expenses' | 'profit';
const FIGURES: readonly FigureKey[] = ['sales', 'costOfSales', 'grossMargin', 'expenses', 'profit'];

const COSTS: readonly FigureKey[] = ['costOfSales', 'expenses'];

const negativeClass = (value: number) => (value < 0 ? ' obj-negative' : '');

/** The scenario's profit in large type, and the P&L next to the budget's so every change shows. */
export function SimulatorResults({ budget, outcome, figures }: SimulatorResultsProps) {
  const { t } = useTranslation();
  return (
    <div className="obj-results">
      <div className="obj-headline" aria-live="polite" data-testid="simulated-profit">
        <span className="obj-headline-label">{t(outcome.profit < 0 ? 'objectives.simulator.newLoss' : 'objectives.simulator.newProfit')}</span>
        <span className={`obj-headline-value${negativeClass(outcome.profit)}`}>{figures.money(outcome.profit)}</span>
        <span className="obj-headline-change">
          {t('objectives.simulator.changeVsBudget', {
            money: figures.money(outcome.profitChange, { signed: true }),
            percent: figures.percent(outcome.profitChangePct, { signed: true }),
          })}
        </span>
      </div>
      <table className="data-table obj-results-table">
        <caption className="visually-hidden">{t('objectives.simulator.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col"><span className="visually-hidden">{t('objectives.pnl.item')}</span></th>
            <th scope="col" className="num">{t('objectives.simulator.budgetColumn')}</th>
            <th scope="col" className="num">{t('objectives.simulator.scenarioColumn')}</th>
            <th scope="col" className="num">{t('objectives.simulator.changeColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {FIGURES.map((key) => {
            const change = outcome[key] - budget[key];
            return (
              <tr key={key} className={key === 'profit' ? 'obj-results-total' : undefined}>
                <th scope="row">{t(`objectives.pnl.${key}`)}</th>
                <td className={`num${negativeClass(budget[key])}`}>{figures.money(budget[key])}</td>
                <td className={`num${negativeClass(outcome[key])}`}>{figures.money(outcome[key])}</td>
                {/* A cost going up is not a loss by itself: only income lines are coloured. */}
                <td className={`num${COSTS.includes(key) ? '' : negativeClass(change)}`}>{figures.money(change, { signed: true })}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
