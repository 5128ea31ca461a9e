import { useTranslation } from 'react-i18next';
import type { AgendaSession, Workshop } from '../../../../shared/domain';
import { sessionTiming } from '../../../../shared/logic/agenda';
import { formatPlanDate } from '../../../app/format';
import { DeleteRecordButton } from '../../../components/DeleteRecordButton';
import { RecordTextField } from '../../../components/fields';
import { PlanDateInput } from '../PlanDateInput';
import { storeSessionDate } from '../recordDateStore';
import { formatClock, formatDuration } from '../format';
import { AddAgendaItemForm } from './AddAgendaItemForm';
import { AgendaItemsTable } from './AgendaItemsTable';
import { SessionPhasesField } from './SessionPhasesField';
import { SessionStartTimeField } from './SessionStartTimeField';
import { useSessionEditor } from './useSessionEditor';

/** One workshop session: when it is, which phases it covers, and its timeboxes with their clock times. */
export function SessionCard({ session, workshop }: { session: AgendaSession; workshop: Workshop }) {
  const { t } = useTranslation();
  const editor = useSessionEditor(session);
  const timing = sessionTiming(session);
  const language = workshop.language;
  const name = session.title.trim() || t('preparation.agenda.untitled');
  const headingId = `prep-session-${session.id}`;

  const endText = timing.end
    ? timing.end.dayOffset > 0
      ? t('preparation.agenda.endsNextDay', { time: formatClock(timing.end, language), count: timing.end.dayOffset })
      : t('preparation.agenda.ends', { time: formatClock(timing.end, language) })
    : t('preparation.agenda.noStartTime');

  return (
    <li className="prep-session" aria-labelledby={headingId} data-testid="agenda-session">
      <h3 id={headingId} className="visually-hidden">
        {name}, {formatPlanDate(session.date, language)}
      </h3>
      <div className="prep-session-head">
        <div className="prep-session-title" data-focus-target={session.id}>
          <RecordTextField kind="agendaSessions" record={session} field="title" label={t('preparation.agenda.sessionTitle')} undoLabel={t('preparation.undo.sessionTitle')} />
        </div>
        <PlanDateInput
          label={t('preparation.agenda.date')}
          stored={session.date}
          nullable={false}
          onStore={(date) => storeSessionDate(session.id, date, t('preparation.undo.sessionDate'))}
        />
        <SessionStartTimeField session={session} />
        <div className="prep-session-delete">
          <DeleteRecordButton kind="agendaSessions" id={session.id} workshopId={workshop.id} name={`“${name}”`} undoLabel={t('preparation.undo.deleteSession')} />
        </div>
      </div>
      <SessionPhasesField session={session} editor={editor} />
      <AgendaItemsTable session={session} timing={timing} editor={editor} workshopId={workshop.id} language={language} />
      <div className="prep-session-foot">
        <p className="prep-session-total" data-testid="session-total">
          <strong>{t('preparation.agenda.total', { duration: formatDuration(timing.totalMinutes, language) })}</strong>
          <span aria-hidden="true"> · </span>
          <span className={timing.end ? undefined : 'muted'}>{endText}</span>
        </p>
      </div>
      <AddAgendaItemForm session={session} editor={editor} />
    </li>
  );
}
