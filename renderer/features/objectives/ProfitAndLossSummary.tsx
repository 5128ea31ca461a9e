import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { BudgetTotals } from '../../../shared/logic/budget';
import type { FigureFormatters } from './formatters';

interface ProfitAndLossSummaryProps {
  budget: BudgetTotals;
  figures: FigureFormatters;
}

/** The budget as one short P&L: what is left of sales after cost of sales, then after expenses. */
export function ProfitAndLossSummary({ budget, figures }: ProfitAndLossSummaryProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const salesShare = budget.sales === 0 ? null : 100;
  const share = (amount: number) => (budget.sales === 0 ? null : (amount / budget.sales) * 100);
  const rows: { key: string; label: string; amount: number; pct: number | null; kind?: 'subtotal' | 'total' }[] = [
    { key: 'sales', label: t('objectives.pnl.sales'), amount: budget.sales, pct: salesShare },
    { key: 'costOfSales', label: t('objectives.pnl.costOfSales'), amount: budget.costOfSales, pct: share(budget.costOfSales) },
    { key: 'grossMargin', label: t('objectives.pnl.grossMargin'), amount: budget.grossMargin, pct: budget.grossMarginPct, kind: 'subtotal' },
    { key: 'expenses', label: t('objectives.pnl.expenses'), amount: budget.expenses, pct: share(budget.expenses) },
    { key: 'profit', label: t(budget.profit < 0 ? 'objectives.pnl.loss' : 'objectives.pnl.profit'), amount: budget.profit, pct: budget.profitPct, kind: 'total' },
  ];
  return (
    <aside className="obj-pnl" aria-labelledby={headingId} data-testid="pnl-summary">
      <h3 id={headingId}>{t('objectives.pnl.heading')}</h3>
      <table className="obj-pnl-table">
        <thead>
          <tr>
            <th scope="col"><span className="visually-hidden">{t('objectives.pnl.item')}</span></th>
            <th scope="col" className="num">{t('objectives.pnl.amount')}</th>
            <th scope="col" className="num">{t('objectives.pnl.shareOfSales')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className={row.kind ? `obj-pnl-${row.kind}` : undefined} data-testid={`pnl-${row.key}`}>
              <th scope="row">{row.label}</th>
              <td className={`num${row.amount < 0 ? ' obj-negative' : ''}`}>{figures.money(row.amount)}</td>
              <td className={`num${row.pct !== null && row.pct < 0 ? ' obj-negative' : ''}`}>{figures.percent(row.pct)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {budget.sales === 0 ? <p className="muted obj-note">{t('objectives.pnl.noSales')}</p> : null}
    </aside>
  );
}
