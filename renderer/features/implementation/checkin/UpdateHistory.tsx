import { useTranslation } from 'react-i18next';
import type { StatusUpdate } from '../../../../shared/domain';
import { isoWeekOf } from '../../../../shared/logic/implementation';
import { DeleteRecordButton } from '../../../components/DeleteRecordButton';
import { formatDate, formatPercent } from '../format';
import { RagBadge } from '../ragStatus';

interface UpdateHistoryProps {
  updates: readonly StatusUpdate[];
  workshopId: string;
  language: string;
  initiativeTitle: string;
}

/** Earlier weeks, newest first: how the initiative got where it is. */
export function UpdateHistory({ updates, workshopId, language, initiativeTitle }: UpdateHistoryProps) {
  const { t } = useTranslation();
  return (
    <section className="impl-history" aria-labelledby="impl-history-title">
      <h4 id="impl-history-title">{t('implementation.history.title', { count: updates.length })}</h4>
      {updates.length === 0 ? (
        <p className="muted">{t('implementation.history.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table impl-history-table" data-testid="update-history">
            <caption className="visually-hidden">{t('implementation.history.caption', { title: initiativeTitle })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('implementation.history.date')}</th>
                <th scope="col">{t('implementation.checkIn.status')}</th>
                <th scope="col" className="num">{t('implementation.checkIn.percentDone')}</th>
                <th scope="col">{t('implementation.checkIn.deviation')}</th>
                <th scope="col">{t('implementation.checkIn.correctiveAction')}</th>
                <th scope="col">{t('implementation.checkIn.nextStep')}</th>
                <th scope="col"><span className="visually-hidden">{t('implementation.history.actions')}</span></th>
              </tr>
            </thead>
            <tbody>
              {updates.map((update) => {
                const week = isoWeekOf(update.date);
                return (
                  <tr key={update.id}>
                    <td className="impl-history-date">
                      <span>{formatDate(update.date, language)}</span>
                      {week ? <span className="muted impl-week-key">{t('implementation.history.week', { number: week.week })}</span> : null}
                    </td>
                    <td><RagBadge rag={update.rag} label={t(`implementation.rag.${update.rag}`)} /></td>
                    <td className="num">{formatPercent(update.percentDone, language)}</td>
                    <td className="impl-prose">{update.deviation || <span className="muted">–</span>}</td>
                    <td className="impl-prose">{update.correctiveAction || <span className="muted">–</span>}</td>
                    <td className="impl-prose">{update.nextStep || <span className="muted">–</span>}</td>
                    <td className="impl-history-actions">
                      <DeleteRecordButton
                        kind="statusUpdates"
                        id={update.id}
                        workshopId={workshopId}
                        name={t('implementation.checkIn.deleteName', { title: initiativeTitle, date: formatDate(update.date, language) })}
                        undoLabel={t('implementation.undo.deleteUpdate')}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
