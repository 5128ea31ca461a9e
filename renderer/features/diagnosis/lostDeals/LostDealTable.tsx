import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LostDeal } from '../../../../shared/domain';
import { groupKey } from '../../../../shared/logic/lostDeals';
import { LostDealRow } from './LostDealRow';
import { LOST_DEAL_COMPARATORS, LOST_DEAL_ORDERS, type LostDealOrder } from './lostDealOrder';
import { useStableOrder } from './useStableOrder';

interface LostDealTableProps {
  deals: readonly LostDeal[];
  language: string;
  currency: string;
  focusId: string | null;
  onFocused: () => void;
}

/** Thousands of editable rows at once would make the screen crawl; the rest is one key press away. */
const PAGE_SIZE = 100;
const SUGGESTED = ['market', 'product', 'competitor', 'reason'] as const;

/** Each distinct value once, as first written, for the cells' suggestion lists. */
function distinctValues(deals: readonly LostDeal[], field: (typeof SUGGESTED)[number]): string[] {
  const seen = new Map<string, string>();
  for (const deal of deals) {
    const key = groupKey(deal[field]);
    if (key !== '' && !seen.has(key) && deal[field].length <= 200) seen.set(key, deal[field].trim());
  }
  return [...seen.values()].sort((left, right) => left.localeCompare(right));
}

export function LostDealTable({ deals, language, currency, focusId, onFocused }: LostDealTableProps) {
  const { t } = useTranslation();
  const orderId = useId();
  const listPrefix = useId();
  const [order, setOrder] = useState<LostDealOrder>('date');
  const [limit, setLimit] = useState(PAGE_SIZE);
  const rows = useStableOrder(deals, LOST_DEAL_COMPARATORS[order], order);
  const listIds = useMemo(
    () => ({ market: `${listPrefix}-market`, product: `${listPrefix}-product`, competitor: `${listPrefix}-competitor`, reason: `${listPrefix}-reason` }),
    [listPrefix],
  );
  const suggestions = useMemo(() => SUGGESTED.map((field) => ({ field, values: distinctValues(deals, field) })), [deals]);
  const visible = rows.slice(0, limit);
  const hidden = rows.length - visible.length;

  return (
    <div className="stack">
      <div className="diag-toolbar">
        <div className="field diag-toolbar-field">
          <label htmlFor={orderId}>{t('diagnosis.lostDeals.order')}</label>
          <select id={orderId} className="select" value={order} onChange={(event) => setOrder(LOST_DEAL_ORDERS.find((candidate) => candidate === event.target.value) ?? 'date')}>
            {LOST_DEAL_ORDERS.map((candidate) => (
              <option key={candidate} value={candidate}>{t(`diagnosis.lostDeals.orderBy.${candidate}`)}</option>
            ))}
          </select>
        </div>
        <p className="muted diag-toolbar-count">{t('diagnosis.lostDeals.showingRows', { shown: visible.length, total: rows.length })}</p>
      </div>
      <div className="table-scroll">
        <table className="data-table diag-table diag-deal-table">
          <caption className="visually-hidden">{t('diagnosis.lostDeals.tableCaption')}</caption>
          <colgroup>
            <col className="diag-col-customer" />
            <col className="diag-col-pair" />
            <col className="diag-col-pair" />
            <col className="diag-col-value" />
            <col className="diag-col-date" />
            <col className="diag-col-action" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{t('diagnosis.lostDeals.columns.customer')}</th>
              <th scope="col">{t('diagnosis.lostDeals.columns.marketProduct')}</th>
              <th scope="col">{t('diagnosis.lostDeals.columns.competitorReason')}</th>
              <th scope="col" className="num">{t('diagnosis.lostDeals.columns.value', { currency })}</th>
              <th scope="col">{t('diagnosis.lostDeals.columns.date')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('diagnosis.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {visible.map((deal, index) => (
              <LostDealRow
                key={deal.id}
                deal={deal}
                rowNumber={index + 1}
                language={language}
                currency={currency}
                listIds={listIds}
                focusOnMount={focusId === deal.id}
                onFocused={onFocused}
              />
            ))}
          </tbody>
        </table>
      </div>
      {suggestions.map(({ field, values }) => (
        <datalist key={field} id={listIds[field]}>
          {values.map((value) => (
            <option key={value} value={value} />
          ))}
        </datalist>
      ))}
      {hidden > 0 ? (
        <button type="button" className="btn diag-show-more" onClick={() => setLimit((current) => current + PAGE_SIZE)}>
          {t('diagnosis.lostDeals.showMore', { count: Math.min(PAGE_SIZE, hidden) })}
        </button>
      ) : null}
    </div>
  );
}
