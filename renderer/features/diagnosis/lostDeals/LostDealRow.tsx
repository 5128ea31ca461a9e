import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LONG_TEXT_MAX, SHORT_TEXT_MAX, type LostDeal } from '../../../../shared/domain';
import { RecordDateField, RecordNumberField } from '../../../components/fields';
import { DeleteRecordButton } from '../../../components/DeleteRecordButton';
import { WrappingTextCell } from '../WrappingTextCell';
import { RecordTextField } from '../../../components/fields/RecordTextField';

interface LostDealRowProps {
  deal: LostDeal;
  rowNumber: number;
  language: string;
  currency: string;
  /** The datalist ids of the suggesting columns. */
  listIds: Readonly<Record<'market' | 'product' | 'competitor' | 'reason', string>>;
  focusOnMount: boolean;
  onFocused: () => void;
}

export function LostDealRow({ deal, rowNumber, language, currency, listIds, focusOnMount, onFocused }: LostDealRowProps) {
  const { t } = useTranslation();
  const row = useRef<HTMLTableRowElement>(null);
  const undoLabel = t('diagnosis.undo.editDeal');
  const label = (column: string) => t('diagnosis.lostDeals.cellLabel', { column: t(`diagnosis.lostDeals.columns.${column}`, { currency }), row: rowNumber });

  useEffect(() => {
    if (!focusOnMount) return;
    row.current?.querySelector<HTMLElement>('textarea, input')?.focus();
    onFocused();
  }, [focusOnMount, onFocused]);

  return (
    <tr ref={row} data-testid="lost-deal-row">
      <td>
        <WrappingTextCell kind="lostDeals" record={deal} field="customer" label={label('customer')} maxLength={SHORT_TEXT_MAX} undoLabel={undoLabel} />
      </td>
      <td>
        <div className="diag-cell-pair">
          <RecordTextField kind="lostDeals" record={deal} field="market" label={label('market')} hideLabel suggestions={listIds.market} maxLength={SHORT_TEXT_MAX} undoLabel={undoLabel} />
          <RecordTextField kind="lostDeals" record={deal} field="product" label={label('product')} hideLabel suggestions={listIds.product} maxLength={SHORT_TEXT_MAX} undoLabel={undoLabel} />
        </div>
      </td>
      <td>
        <div className="diag-cell-pair">
          <RecordTextField kind="lostDeals" record={deal} field="competitor" label={label('competitor')} hideLabel suggestions={listIds.competitor} maxLength={SHORT_TEXT_MAX} undoLabel={undoLabel} />
          <RecordTextField kind="lostDeals" record={deal} field="reason" label={label('reason')} hideLabel suggestions={listIds.reason} maxLength={LONG_TEXT_MAX} undoLabel={undoLabel} />
        </div>
      </td>
      <td className="num">
        <RecordNumberField kind="lostDeals" record={deal} field="value" label={label('value')} hideLabel language={language} currency={currency} suffix="" min={0} undoLabel={undoLabel} />
      </td>
      <td>
        <RecordDateField kind="lostDeals" record={deal} field="date" label={label('date')} hideLabel undoLabel={undoLabel} />
      </td>
      <td className="diag-cell-action">
        <DeleteRecordButton
          kind="lostDeals"
          id={deal.id}
          workshopId={deal.workshopId}
          name={t('diagnosis.lostDeals.deleteName', { customer: deal.customer.trim() || t('diagnosis.lostDeals.rowName', { row: rowNumber }) })}
          undoLabel={t('diagnosis.undo.deleteDeal')}
        />
      </td>
    </tr>
  );
}
