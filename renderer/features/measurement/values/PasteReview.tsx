import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Kpi, Language } from '../../../../shared/domain';
import type { MeasurementImportPlan } from '../../../../shared/logic/measurementImport';
import { formatShortList } from '../../../app/format';
import { formatKpiValue, formatPeriodLabel } from '../format';
import { describePasteProblem } from './pasteMessages';

interface PasteReviewProps {
  plan: MeasurementImportPlan;
  kpis: readonly Kpi[];
  language: Language;
}

/** The review shows this many values; all of them are imported. */
const PREVIEW_ROWS = 60;

/** What would be imported and what would not, row by row with the reasons, before anything is stored. */
export const PasteReview = forwardRef<HTMLHeadingElement, PasteReviewProps>(function PasteReview({ plan, kpis, language }, headingRef) {
  const { t } = useTranslation();
  const kpiById = new Map(kpis.map((kpi) => [kpi.id, kpi]));
  const entries = [...plan.additions, ...plan.replacements].sort((left, right) => left.line - right.line);
  const preview = entries.slice(0, PREVIEW_ROWS);
  const format = (kpiId: string, value: number) => formatKpiValue(value, kpiById.get(kpiId)?.unit ?? '', language);
  return (
    <div className="stack msr-paste-review">
      <h3 ref={headingRef} tabIndex={-1} className="msr-paste-heading">
        {t('measurement.paste.readyCount', { count: entries.length })}
      </h3>
      <p className="muted">
        {t(`measurement.paste.layout.${plan.layout}`)}{' '}
        {t('measurement.paste.breakdown', { added: plan.additions.length, replaced: plan.replacements.length, unchanged: plan.unchanged })}
        {plan.ignoredColumns.length > 0 ? ` ${t('measurement.paste.ignoredColumns', { columns: formatShortList(plan.ignoredColumns, t) })}` : ''}
      </p>
      {plan.rejected.length > 0 ? (
        <section className="msr-paste-rejected" aria-labelledby="msr-paste-rejected-title">
          <h4 id="msr-paste-rejected-title">{t('measurement.paste.rejectedCount', { count: plan.rejected.length })}</h4>
          <ul className="msr-paste-problems" data-testid="paste-problems">
            {plan.rejected.map((row) => (
              <li key={row.line}>
                <strong>{t('measurement.paste.line', { line: row.line })}</strong>
                {row.label ? ` (${row.label})` : ''}: {row.problems.map((problem) => describePasteProblem(problem, t, language)).join('; ')}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {entries.length === 0 ? (
        <p role="alert">{plan.unchanged > 0 ? t('measurement.paste.nothingNew') : t('measurement.paste.nothingValid')}</p>
      ) : (
        // Focusable so keyboard users can scroll a long preview.
        <div className="table-scroll msr-paste-preview" tabIndex={0} role="region" aria-label={t('measurement.paste.previewCaption')}>
          <table className="data-table">
            <caption className="visually-hidden">{t('measurement.paste.previewCaption')}</caption>
            <thead>
              <tr>
                <th scope="col" className="num">{t('measurement.paste.lineColumn')}</th>
                <th scope="col">{t('measurement.grid.kpiColumn')}</th>
                <th scope="col">{t('measurement.paste.periodColumn')}</th>
                <th scope="col" className="num">{t('measurement.paste.valueColumn')}</th>
                <th scope="col" className="num">{t('measurement.paste.storedColumn')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.map((entry) => (
                <tr key={`${entry.kpiId}|${entry.period}`}>
                  <td className="num">{entry.line}</td>
                  <td>{kpiById.get(entry.kpiId)?.name.trim() || t('measurement.kpi.unnamed')}</td>
                  <td>{formatPeriodLabel(entry.period, language, t)}</td>
                  <td className="num">{format(entry.kpiId, entry.value)}</td>
                  <td className="num">{entry.existing ? format(entry.kpiId, entry.existing.value) : <span className="muted">{t('measurement.paste.new')}</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {entries.length > preview.length ? <p className="muted">{t('measurement.paste.moreRows', { count: entries.length - preview.length })}</p> : null}
        </div>
      )}
    </div>
  );
});
