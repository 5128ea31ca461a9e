import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { LostDeal } from '../../../../shared/domain';
import type { LostDealImportField, TableImport } from '../../../../shared/logic/tabularImport';
import { formatPlanDate, formatShortList } from '../../../app/format';
import { formatFullMoney } from '../format';
import { describeProblem, separatorName } from './importMessages';

interface ImportReviewProps {
  table: TableImport<LostDeal, LostDealImportField>;
  language: string;
  currency: string;
}

/** The review shows this many ready rows; all of them are imported. */
const PREVIEW_ROWS = 50;
const PREVIEW_COLUMNS = ['customer', 'market', 'product', 'competitor', 'reason', 'value', 'date'] as const;

/** What would be imported and what would not, row by row with the reason, before anything is stored. */
export const ImportReview = forwardRef<HTMLHeadingElement, ImportReviewProps>(function ImportReview({ table, language, currency }, headingRef) {
  const { t } = useTranslation();
  const customerIndex = table.mapping.indexes.customer;
  const preview = table.valid.slice(0, PREVIEW_ROWS);
  return (
    <div className="stack diag-import-review">
      <h3 ref={headingRef} tabIndex={-1} className="diag-import-heading">
        {t('diagnosis.import.readyCount', { count: table.valid.length })}
      </h3>
      <p className="muted">
        {separatorName(table.separator, t)}
        {table.mapping.ignored.length > 0 ? ` ${t('diagnosis.import.ignoredColumns', { columns: formatShortList(table.mapping.ignored, t) })}` : ''}
      </p>
      {table.rejected.length > 0 ? (
        <section className="diag-import-rejected" aria-labelledby="diag-import-rejected-title">
          <h4 id="diag-import-rejected-title">{t('diagnosis.import.rejectedCount', { count: table.rejected.length })}</h4>
          <ul className="diag-import-problems" data-testid="import-problems">
            {table.rejected.map((row) => {
              const customer = customerIndex === undefined ? '' : (row.cells[customerIndex] ?? '').trim();
              return (
                <li key={row.line}>
                  <strong>{t('diagnosis.import.line', { line: row.line })}</strong>
                  {customer ? ` (${customer})` : ''}: {row.problems.map((problem) => describeProblem(problem, t)).join('; ')}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      {table.valid.length === 0 ? (
        <p role="alert">{t('diagnosis.import.nothingValid')}</p>
      ) : (
        // Focusable so keyboard users can scroll a long preview.
        <div className="table-scroll diag-import-preview" tabIndex={0} role="region" aria-label={t('diagnosis.import.previewCaption')}>
          <table className="data-table">
            <caption className="visually-hidden">{t('diagnosis.import.previewCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('diagnosis.import.lineColumn')}</th>
                {PREVIEW_COLUMNS.map((column) => (
                  <th key={column} scope="col" className={column === 'value' ? 'num' : undefined}>
                    {t(`diagnosis.import.columnNames.${column}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {preview.map(({ line, record }) => (
                <tr key={line}>
                  <td className="num">{line}</td>
                  <td>{record.customer}</td>
                  <td>{record.market}</td>
                  <td>{record.product}</td>
                  <td>{record.competitor}</td>
                  <td>{record.reason}</td>
                  <td className="num">{formatFullMoney(record.value, currency, language)}</td>
                  <td>{formatPlanDate(record.date, language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {table.valid.length > preview.length ? <p className="muted">{t('diagnosis.import.moreRows', { count: table.valid.length - preview.length })}</p> : null}
        </div>
      )}
    </div>
  );
});
