import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ClipboardPen } from 'lucide-react';
import { createStatusUpdate, type Initiative, type StatusUpdate } from '../../../../shared/domain';
import { carriedOverCheckIn } from '../../../../shared/logic/implementation';
import { addRecord } from '../../../data';

interface StartCheckInProps {
  workshopId: string;
  initiative: Initiative;
  latest: StatusUpdate | null;
  today: string;
  weekNumber: number | null;
  onStarted: (updateId: string) => void;
}

/**
 * Starts this week's report on an initiative: one record dated today that carries over last week's
 * status and % done, so the group only changes what moved.
 */
export function StartCheckIn({ workshopId, initiative, latest, today, weekNumber, onStarted }: StartCheckInProps) {
  const { t } = useTranslation();
  // A double Enter must not create two reports for one week.
  const starting = useRef(false);

  const start = async () => {
    if (starting.current) return;
    starting.current = true;
    try {
      const update = createStatusUpdate(workshopId, { initiativeId: initiative.id, date: today, ...carriedOverCheckIn(latest) });
      await addRecord('statusUpdates', update, t('implementation.undo.startCheckIn'));
      onStarted(update.id);
    } finally {
      starting.current = false;
    }
  };

  return (
    <div className="impl-start">
      <p className="muted">{latest ? t('implementation.checkIn.notYetThisWeek') : t('implementation.checkIn.firstCheckIn')}</p>
      <button type="button" className="btn btn-primary" onClick={() => void start()}>
        <ClipboardPen size={18} aria-hidden="true" />
        {weekNumber === null ? t('implementation.checkIn.startNoWeek') : t('implementation.checkIn.start', { number: weekNumber })}
      </button>
    </div>
  );
}
