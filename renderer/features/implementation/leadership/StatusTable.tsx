import { useTranslation } from 'react-i18next';
import type { Initiative, StatusUpdate } from '../../../../shared/domain';
import { orderForCheckIn, wholePercent } from '../../../../shared/logic/implementation';
import { formatDate, formatPercent } from '../format';
import { RagBadge } from '../ragStatus';

interface StatusTableProps {
  initiatives: readonly Initiative[];
  latest: ReadonlyMap<string, StatusUpdate>;
  language: string;
}

/** Every initiative's latest word: status, progress, what deviates and what is being done about it. */
export function StatusTable({ initiatives, latest, language }: StatusTableProps) {
  const { t } = useTranslation();
  return (
    <section className="card section-card" aria-labelledby="impl-status-table-title">
      <h2 id="impl-status-table-title">{t('implementation.leadership.tableTitle')}</h2>
      {/* Focusable so a keyboard can scroll it sideways on a narrow window. */}
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="impl-status-table-title">
        <table className="data-table impl-status-table" data-testid="status-table">
          <colgroup>
            <col className="impl-col-initiative" />
            <col className="impl-col-status" />
            <col className="impl-col-percent" />
            <col />
            <col />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{t('implementation.leadership.initiative')}</th>
              <th scope="col">{t('implementation.checkIn.status')}</th>
              <th scope="col" className="num">{t('implementation.checkIn.percentDone')}</th>
              <th scope="col">{t('implementation.checkIn.deviation')}</th>
              <th scope="col">{t('implementation.checkIn.correctiveAction')}</th>
            </tr>
          </thead>
          <tbody>
            {orderForCheckIn(initiatives).map((initiative) => {
              const update = latest.get(initiative.id);
              const percent = wholePercent(update?.percentDone);
              return (
                <tr key={initiative.id}>
                  <th scope="row" className="impl-status-initiative">
                    <span>{initiative.title.trim() || t('implementation.untitled')}</span>
                    <span className="muted">{[initiative.workstream.trim(), initiative.owner.trim()].filter(Boolean).join(' · ')}</span>
                  </th>
                  <td>
                    <div className="impl-status-cell">
                      <RagBadge rag={update?.rag ?? 'none'} label={update ? t(`implementation.rag.${update.rag}`) : t('implementation.leadership.noReport')} />
                      {update ? <span className="muted impl-status-date">{t('implementation.leadership.reportedOn', { date: formatDate(update.date, language) })}</span> : null}
                    </div>
                  </td>
                  <td className="num">
                    {formatPercent(percent, language)}
                    <span className="impl-mini-progress" aria-hidden="true">
                      <span style={{ width: `${percent ?? 0}%` }} />
                    </span>
                  </td>
                  <td className="impl-prose">{update?.deviation || '–'}</td>
                  <td className="impl-prose">{update?.correctiveAction || '–'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
