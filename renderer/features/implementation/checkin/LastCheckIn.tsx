import { useTranslation } from 'react-i18next';
import type { StatusUpdate } from '../../../../shared/domain';
import { formatDate, formatPercent } from '../format';
import { RagBadge } from '../ragStatus';

/** What the group said last time: the yardstick for this week (was last week's next step done?). */
export function LastCheckIn({ update, language }: { update: StatusUpdate | null; language: string }) {
  const { t } = useTranslation();
  return (
    <section className="impl-aside-block" aria-labelledby="impl-last-checkin">
      <h4 id="impl-last-checkin">{t('implementation.checkIn.lastTitle')}</h4>
      {update ? (
        <div className="stack impl-last">
          <p className="row-wrap">
            <span className="muted">{formatDate(update.date, language)}</span>
            <RagBadge rag={update.rag} label={t(`implementation.rag.${update.rag}`)} />
            <span className="impl-percent">{t('implementation.checkIn.percentValue', { value: formatPercent(update.percentDone, language) })}</span>
          </p>
          {update.nextStep.trim() ? (
            <div>
              <p className="impl-aside-label">{t('implementation.checkIn.plannedNextStep')}</p>
              <p className="impl-prose">{update.nextStep}</p>
            </div>
          ) : null}
          {update.correctiveAction.trim() ? (
            <div>
              <p className="impl-aside-label">{t('implementation.checkIn.agreedAction')}</p>
              <p className="impl-prose">{update.correctiveAction}</p>
            </div>
          ) : null}
        </div>
      ) : (
        <p className="muted">{t('implementation.checkIn.noEarlier')}</p>
      )}
    </section>
  );
}
