import { useTranslation } from 'react-i18next';
import { formatMinutes } from './timer/timerFormat';
import { useCurrentAgendaItem } from './presenter/useCurrentAgendaItem';

/** "Now: Expense review · 60 min": the agenda item under way, beside the timer and on the projector. */
export function AgendaNow({ workshopId, language, className }: { workshopId: string; language: string; className: string }) {
  const { t } = useTranslation();
  const item = useCurrentAgendaItem(workshopId);
  if (!item) return null;
  return (
    <p className={className} data-testid="agenda-now">
      <span className={`${className}-label`}>{t('facilitation.presenter.agendaNow')}</span>
      <span className={`${className}-title`}>{item.itemTitle || t('facilitation.timer.untitledItem')}</span>
      <span className={`${className}-minutes`}>{formatMinutes(item.minutes, language, t)}</span>
    </p>
  );
}
